import { alembicRevision, registry } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('foreign-key-target', {
  valid: [
    {
      name: 'existing-target',
      files: {
        'app/models/__init__.py': registry('from app.models.campaigns import Campaign, CampaignMetrics'),
        'app/models/campaigns.py': `from sqlalchemy import Column, ForeignKey, Integer

from app.models.base import Base


class Campaign(Base):
    __tablename__ = "campaigns"

    id = Column(Integer, primary_key=True)


class CampaignMetrics(Base):
    __tablename__ = "campaign_metrics"

    id = Column(Integer, primary_key=True)
    campaign_id = Column(Integer, ForeignKey("campaigns.id"))
`,
        'migrations/versions/001_campaigns.py': alembicRevision('001', null, `    op.create_table("campaigns", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table(
        "campaign_metrics",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("campaign_id", sa.Integer(), sa.ForeignKey("campaigns.id")),
    )`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
    },
  ],
  invalid: [
    {
      name: 'missing-column-in-migration',
      files: {
        'migrations/versions/001_things.py': alembicRevision('001', null, `    op.create_table("things", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("thing_uuid", sa.Integer()),
        sa.ForeignKeyConstraint(["thing_uuid"], ["things.uuid"]),
    )`),
      },
      errors: [
        { messageId: 'missingColumn', data: { subject: 'notes.thing_uuid', target: 'things.uuid', table: 'things' }, file: 'migrations/versions/001_things.py', line: 15, column: 9, endLine: 15, endColumn: 65 },
      ],
    },
    {
      name: 'misspelled-table',
      files: {
        'app/models/__init__.py': registry('from app.models.campaigns import Campaign, CampaignMetrics'),
        'app/models/campaigns.py': `from sqlalchemy import Column, ForeignKey, Integer

from app.models.base import Base


class Campaign(Base):
    __tablename__ = "campaigns"

    id = Column(Integer, primary_key=True)


class CampaignMetrics(Base):
    __tablename__ = "campaign_metrics"

    id = Column(Integer, primary_key=True)
    campaign_id = Column(Integer, ForeignKey("campaign.id"))
`,
        'migrations/versions/001_campaigns.py': alembicRevision('001', null, `    op.create_table("campaigns", sa.Column("id", sa.Integer(), primary_key=True))`),
        'app/models/things.py': null,
        'migrations/versions/001_things.py': null,
      },
      errors: [
        { messageId: 'missingTable', data: { subject: 'campaign_metrics.campaign_id', target: 'campaign' }, file: 'app/models/campaigns.py', line: 16, column: 35, endLine: 16, endColumn: 60 },
      ],
    },
  ],
});
