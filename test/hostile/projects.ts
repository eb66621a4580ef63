/**
 * The healthy projects every hostile case starts from. Each has one known finding planted in it
 * (HEALTHY_FINDING): the model User declares `email`, the migrations never create it. Whatever a
 * case adds, that finding must survive, so a hostile file can never silently cost the report.
 */

export type FileContent = string | Buffer;
export type ProjectFiles = Record<string, FileContent>;

export const USER_MODEL = `from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    email = Column(String(255), nullable=False)
`;

/** The planted finding, as the JSON report gives it. */
export const HEALTHY_FINDING = { ruleId: 'schema-drift', file: 'app/models/user.py', line: 10, column: 5, subject: 'users.email' } as const;

export const ALEMBIC_CONFIG = `models:
  orm: sqlalchemy
  include: ["app/models/**/*.py"]
  registry: ["app/models/__init__.py"]
migrations:
  kind: alembic
  include: ["migrations/versions/*.py"]
`;

export const SQL_CONFIG = `models:
  orm: sqlalchemy
  include: ["app/models/**/*.py"]
  registry: ["app/models/__init__.py"]
migrations:
  kind: sql
  include: ["db/migrations/*.sql"]
`;

export const FIRST_REVISION = `"""create users

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
`;

const MODEL_FILES: ProjectFiles = {
  'app/__init__.py': '',
  'app/models/__init__.py': 'from .user import User\n\n__all__ = ["User"]\n',
  'app/models/user.py': USER_MODEL,
};

export const ALEMBIC_PROJECT: ProjectFiles = {
  '.ormlint.yml': ALEMBIC_CONFIG,
  ...MODEL_FILES,
  'migrations/versions/0001_create_users.py': FIRST_REVISION,
};

export const SQL_PROJECT: ProjectFiles = {
  '.ormlint.yml': SQL_CONFIG,
  ...MODEL_FILES,
  'db/migrations/V1__create_users.sql': 'CREATE TABLE users (id integer PRIMARY KEY);\n',
};

/**
 * Files beside the project root (never under it). Were ormlint to read them, they would show:
 * a mapped table no migration creates, and a revision creating a table no model maps.
 */
export const OUTSIDE_FILES: ProjectFiles = {
  'models.py': `from sqlalchemy import Column, Integer\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\nclass Outside(Base):\n    __tablename__ = "outside_table"\n    id = Column(Integer, primary_key=True)\n`,
  '0099_outside.py': `revision = "0099"\ndown_revision = "0001"\n\nfrom alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n    op.create_table("outside_migrated", sa.Column("id", sa.Integer()))\n`,
  'V99__outside.sql': 'CREATE TABLE outside_migrated (id integer);\n',
};

/** A revision file following `parent`, with `body` as the body of upgrade(). */
export function revision(id: string, parent: string | null, body = '    pass\n', preamble = ''): string {
  return `from alembic import op\nimport sqlalchemy as sa\n${preamble}\nrevision = "${id}"\ndown_revision = ${parent === null ? 'None' : `"${parent}"`}\n\n\ndef upgrade():\n${body}`;
}

/** A model module with one mapped class on the shared Base. */
export function model(className: string, table: string, extra = ''): string {
  return `from sqlalchemy import Column, Integer\n\nfrom .user import Base\n\n\nclass ${className}(Base):\n    __tablename__ = "${table}"\n    id = Column(Integer, primary_key=True)\n${extra}`;
}

export function repeat(text: string, times: number): string {
  return text.repeat(times);
}
