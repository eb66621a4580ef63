import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('duplicate-table-name', {
  valid: [
    {
      name: 'single-table-inheritance',
      files: {
        'app/models/__init__.py': `"""The model registry: importing a module registers its models."""
from app.models.people import Employee, Manager
`,
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
        'migrations/versions/001_employees.py': `"""migration 001"""
import sqlalchemy as sa
from alembic import op

revision = '001'
down_revision = None


def upgrade():
    op.create_table(
        "employees",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
    )


def downgrade():
    pass
`,
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
    },
  ],
  invalid: [
    {
      name: 'two-classes-one-table',
      files: {
        'app/models/__init__.py': `"""The model registry: importing a module registers its models."""
from app.models.orders import Order
from app.models.legacy import LegacyOrder
`,
        'app/models/legacy.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


class LegacyOrder(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
`,
        'app/models/orders.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


class Order(Base):
    __tablename__ = "orders"

    id = Column(Integer, primary_key=True)
`,
        'migrations/versions/001_orders.py': `"""migration 001"""
import sqlalchemy as sa
from alembic import op

revision = '001'
down_revision = None


def upgrade():
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), primary_key=True),
    )


def downgrade():
    pass
`,
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'duplicate', data: { table: 'orders', first: 'LegacyOrder', firstFile: 'app/models/legacy.py', name: 'Order' }, file: 'app/models/orders.py', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
    },
  ],
});
