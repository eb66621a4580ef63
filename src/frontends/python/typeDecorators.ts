import type { SyntaxNode } from './syntaxTree.js';
import type { ClassDef, PyModule } from './namespace.js';
import type { Resolver } from './resolve.js';
import { unwrap } from './syntax.js';

/**
 * What a project TypeDecorator stores: its `impl` (`class StringEnum(TypeDecorator): impl =
 * sa.Unicode`), read from the class or the nearest project superclass that sets it. A class that
 * picks its type per dialect (`load_dialect_impl`) or whose impl cannot be found is not evaluated.
 */
export type TypeDecoratorImpl =
  | { kind: 'impl'; node: SyntaxNode; mod: PyModule }
  | { kind: 'unknown'; reason: string };

const MAX_DEPTH = 20;

export function typeDecoratorImpl(cls: ClassDef, resolver: Resolver): TypeDecoratorImpl | null {
  if (!resolver.derivesFrom(cls, (q) => q.startsWith('sqlalchemy') && (q.endsWith('.TypeDecorator') || q.endsWith('.TypeEngine') || q.endsWith('.UserDefinedType')), 0)) return null;
  let current: ClassDef | null = cls;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const mod = resolver.moduleForFile(current.file);
    if (!mod) return { kind: 'unknown', reason: `the module of ${current.name} cannot be read` };
    const members = classMembers(current);
    if (members.methods.has('load_dialect_impl')) return { kind: 'unknown', reason: `${current.name} picks its type per dialect (load_dialect_impl)` };
    if (members.methods.has('get_col_spec')) return { kind: 'unknown', reason: `${current.name} spells its own SQL type (get_col_spec)` };
    if (members.impl) return { kind: 'impl', node: members.impl, mod };
    // The first project superclass carries on (TypeDecorator's own impl is abstract).
    let next: ClassDef | null = null;
    for (const expr of current.superclasses) {
      const sym = resolver.resolveExpr(mod, expr);
      if (sym.kind === 'class') {
        next = sym.cls;
        break;
      }
    }
    current = next;
  }
  return { kind: 'unknown', reason: `${cls.name} sets no impl ormlint can find` };
}

function classMembers(cls: ClassDef): { impl: SyntaxNode | null; methods: Set<string> } {
  const methods = new Set<string>();
  let impl: SyntaxNode | null = null;
  for (const statement of cls.body?.namedChildren ?? []) {
    if (!statement) continue;
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'function_definition') {
      const name = definition.childForFieldName('name')?.text;
      if (name) methods.add(name);
      continue;
    }
    if (statement.type !== 'expression_statement') continue;
    const assignment = statement.namedChild(0);
    if (assignment?.type !== 'assignment') continue;
    if (assignment.childForFieldName('left')?.text !== 'impl') continue;
    const right = assignment.childForFieldName('right');
    if (right) impl = unwrap(right);
  }
  return { impl, methods };
}
