import type { ModelClass, Registry } from '../src/facts.js';
import { defineRule } from '../src/engine/rule.js';
import { formatList, compareText } from '../src/engine/messages.js';

/**
 * One class name defined by models in several files. Python keeps whichever import ran last, so
 * code importing the name from the registry gets one class while the other silently stays out
 * of the app: the field report's WorkflowExecution / WorkflowApproval.
 */
export default defineRule({
  id: 'duplicate-class-name',
  meta: {
    description: 'One model class name defined in two or more files.',
    defaultSeverity: 'warning',
  },
  messages: {
    exposed: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); the registry exposes the one in {{exposed}}{{why}}, so this one is shadowed',
    noneExposed: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); the registry exposes none of them by this name',
    severalExposed: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); the registry imports it from {{exposed}}{{why}}',
    noRegistry: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); which one the app gets depends on {{order}}',
  },
  check(ctx) {
    const { models, registry } = ctx.facts;
    if (!models) return;
    const byName = new Map<string, ModelClass[]>();
    for (const model of models) byName.set(model.className, [...(byName.get(model.className) ?? []), model]);
    for (const [name, group] of byName) {
      const files = [...new Set(group.map((m) => m.location.file))].sort();
      if (files.length < 2) continue;
      const definitions = [...group].sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
      const exposedFiles = registry ? exposedFilesOf(name, registry).filter((f) => files.includes(f)) : [];
      const data = { name, count: files.length, files: formatList(files), exposed: formatList(exposedFiles) };
      // Python keeps a module's last binding of a name; TypeScript code names the module it imports from.
      const lastWins = ctx.facts.modelCapabilities?.lastBindingWins ?? true;
      const relatedTo = (target: ModelClass) => definitions
        .filter((d) => d !== target)
        .map((d) => ({ file: d.location.file, line: d.location.line, column: d.location.column, message: `"${name}" is also defined here${exposedFiles.includes(d.location.file) ? ' (the one the registry exposes)' : ''}` }));
      if (exposedFiles.length === 1) {
        const target = definitions.find((d) => d.location.file !== exposedFiles[0])!;
        ctx.report({ messageId: 'exposed', data: { ...data, why: lastWins ? ' (last import wins)' : '' }, location: target.location, subject: name, related: relatedTo(target) });
        continue;
      }
      for (const target of definitions.slice(1)) {
        const at = { location: target.location, subject: name, related: relatedTo(target) };
        if (!registry) ctx.report({ messageId: 'noRegistry', data: { ...data, order: lastWins ? 'import order' : 'which module the code imports it from' }, ...at });
        else if (exposedFiles.length === 0) ctx.report({ messageId: 'noneExposed', data, ...at });
        else ctx.report({ messageId: 'severalExposed', data: { ...data, why: lastWins ? ', and the last import wins' : '' }, ...at });
      }
    }
  },
});

/** Files whose class of this name the registry binds (under its own name or an alias). */
function exposedFilesOf(className: string, registry: Registry): string[] {
  const files = registry.bindings.filter((b) => b.className === className).map((b) => b.file);
  return [...new Set(files)].sort();
}
