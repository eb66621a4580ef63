import { expect } from 'vitest';
import { IMPORT_THING, modelModule, registry } from '../helpers/caseFiles.js';
import { ruleTester } from '../helpers/ruleTester.js';

ruleTester('duplicate-class-name', {
  valid: [
    {
      name: 'same-name-not-a-model',
      files: {
        'app/models/__init__.py': registry(IMPORT_THING, 'from app.models.enums import Status'),
        'app/models/enums.py': `import enum


class Thing(enum.Enum):
    A = "a"


class Status(str, enum.Enum):
    OK = "ok"
`,
      },
    },
  ],
  invalid: [
    {
      name: 'none-exposed',
      files: {
        'app/models/a_reports.py': modelModule('Report', 'a_reports'),
        'app/models/b_reports.py': modelModule('Report', 'b_reports'),
        'app/models/c_reports.py': modelModule('Report', 'c_reports'),
      },
      errors: [
        { messageId: 'noneExposed', data: { name: 'Report', count: 3, files: 'app/models/a_reports.py, app/models/b_reports.py and app/models/c_reports.py', exposed: '' }, file: 'app/models/b_reports.py', line: 6, column: 7, endLine: 6, endColumn: 13 },
        { messageId: 'noneExposed', data: { name: 'Report', count: 3, files: 'app/models/a_reports.py, app/models/b_reports.py and app/models/c_reports.py', exposed: '' }, file: 'app/models/c_reports.py', line: 6, column: 7, endLine: 6, endColumn: 13 },
      ],
    },
    {
      name: 'shadowed-by-registry',
      files: {
        'app/models/__init__.py': registry('from app.models.new_things import Thing'),
        'app/models/legacy_things.py': modelModule('Thing', 'legacy_things'),
        'app/models/new_things.py': modelModule('Thing', 'things'),
        'app/models/things.py': null,
      },
      errors: [
        { messageId: 'exposed', data: { name: 'Thing', count: 2, files: 'app/models/legacy_things.py and app/models/new_things.py', exposed: 'app/models/new_things.py', why: ' (last import wins)' }, file: 'app/models/legacy_things.py', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
      check([d]) {
        expect(d!.message).toBe('Model class "Thing" is defined in 2 files (app/models/legacy_things.py and app/models/new_things.py); the registry exposes the one in app/models/new_things.py (last import wins), so this one is shadowed');
        expect(d!.related).toEqual([{ file: 'app/models/new_things.py', line: 6, column: 7, message: '"Thing" is also defined here (the one the registry exposes)' }]);
      },
    },
    {
      name: 'the registry imports both',
      files: {
        'app/models/__init__.py': registry(IMPORT_THING, 'from app.models.more_things import Thing as MoreThing'),
        'app/models/more_things.py': modelModule('Thing', 'more_things', { imports: 'Column, Integer' }),
      },
      errors: [
        { messageId: 'severalExposed', data: { name: 'Thing', count: 2, files: 'app/models/more_things.py and app/models/things.py', exposed: 'app/models/more_things.py and app/models/things.py', why: ', and the last import wins' }, file: 'app/models/things.py', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
    },
    {
      name: 'no registry configured',
      files: {
        '.ormlint.yml': 'models:\n  orm: sqlalchemy\n  include: ["app/models/**/*.py"]\n  registry: []\n',
        'app/models/more_things.py': modelModule('Thing', 'more_things', { imports: 'Column, Integer' }),
      },
      errors: [
        { messageId: 'noRegistry', data: { name: 'Thing', count: 2, files: 'app/models/more_things.py and app/models/things.py', exposed: '', order: 'import order' }, file: 'app/models/things.py', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
    },
  ],
});
