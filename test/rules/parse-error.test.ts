import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('parse-error', {
  valid: [
    {
      name: 'clean-files',
    },
  ],
  invalid: [
    {
      name: 'syntax-error',
      files: {
        'app/models/broken.py': `from sqlalchemy import Column, Integer, String

from app.models.base import Base


class Broken(Base)
    __tablename__ = "broken"

    id = Column(Integer, primary_key=True)
`,
      },
      errors: [
        { messageId: 'parseError', data: { file: 'app/models/broken.py', message: 'Python syntax error: tree-sitter could not parse `class Broken(Base) __tablename__ =`; the rest of the file is still read' }, file: 'app/models/broken.py', line: 6, column: 1, endLine: 7, endColumn: 20 },
      ],
    },
  ],
  docs: {
    file: 'app/models/leads.py',
    wrap: (snippet) => `from app.models.base import Base\n\n\n${snippet}`,
  },
});
