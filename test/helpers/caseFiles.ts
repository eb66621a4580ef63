/**
 * The files rule cases write again and again, each as one call: an Alembic revision as `alembic
 * revision` lays it out, the model registry, a model module. The layout is fixed (the docstring
 * on line 1, `revision` on line 5, the upgrade() body from line 10), so a case's expected
 * positions read the same as in the file it stands for.
 */

/**
 * An Alembic revision file: `revision` on line 5, `down_revision` on line 6 (`null` for the first
 * revision), `upgrade` (the indented body, no trailing newline) from line 10, an empty downgrade().
 */
export function alembicRevision(revision: string, downRevision: string | null, upgrade: string): string {
  return `"""migration ${revision}"""
import sqlalchemy as sa
from alembic import op

revision = '${revision}'
down_revision = ${downRevision === null ? 'None' : `'${downRevision}'`}


def upgrade():
${upgrade}


def downgrade():
    pass
`;
}

/** The model registry (app/models/__init__.py): its docstring, then one import line per argument. */
export function registry(...imports: string[]): string {
  return `"""The model registry: importing a module registers its models."""
${imports.map((line) => `${line}\n`).join('')}`;
}

/** The base project's registry import of Thing, which most registries keep. */
export const IMPORT_THING = 'from app.models.things import Thing';

/**
 * A model module with one class on the configured Base and an `id` primary key: the class on line
 * 6, `__tablename__` on line 7, `id` on line 9, then `columns` (indented lines, if any).
 */
export function modelModule(className: string, table: string, options: { imports?: string; columns?: string } = {}): string {
  return `from sqlalchemy import ${options.imports ?? 'Column, Integer, String'}

from app.models.base import Base


class ${className}(Base):
    __tablename__ = "${table}"

    id = Column(Integer, primary_key=True)
${options.columns ? `${options.columns}\n` : ''}`;
}
