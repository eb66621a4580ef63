import { alembicRevision, modelModule, registry } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('duplicate-table-name', {
  valid: [
    {
      name: 'single-table-inheritance',
      files: {
        'app/models/__init__.py': registry('from app.models.people import Employee, Manager'),
        'app/models/people.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


class Employee(Base):
    __tablename__ = "employees"

    id = Column(Integer, primary_key=True)
    kind = Column(String(20), nullable=False)
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "employee"}


class Manager(Employee):
    __mapper_args__ = {"polymorphic_identity": "manager"}
`,
        'migrations/versions/001_employees.py': alembicRevision('001', null, `    op.create_table(
        "employees",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
    )`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
    },
  ],
  invalid: [
    {
      name: 'two-classes-one-table',
      files: {
        'app/models/__init__.py': registry('from app.models.orders import Order', 'from app.models.legacy import LegacyOrder'),
        'app/models/legacy.py': modelModule('LegacyOrder', 'orders'),
        'app/models/orders.py': modelModule('Order', 'orders'),
        'migrations/versions/001_orders.py': alembicRevision('001', null, `    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), primary_key=True),
    )`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'duplicate', data: { table: 'orders', first: 'LegacyOrder', firstFile: 'app/models/legacy.py', name: 'Order' }, file: 'app/models/orders.py', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
    },
  ],
});
