import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  BASELINE_MAX_BYTES,
  CONFIG_FILE_NAMES,
  CONFIG_MAX_BYTES,
  ConfinementError,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MIGRATION_INCLUDE,
  DEFAULT_MIGRATION_KIND,
  DEFAULT_MODEL_INCLUDE,
  DEFAULT_SQLALCHEMY_REGISTRY,
  DIALECTS,
  DOCUMENTED_RULES,
  MIGRATION_KINDS,
  ORMS,
  SEVERITIES,
  TABLE_NAMINGS,
  closestName,
  compareText,
  describeReadFailure,
  discoverFiles,
  fillTemplate,
  formatList,
  isInForbiddenFolder,
  isInside,
  projectSources,
  readConfinedFileSync,
  writeConfinedFileSync
} from "./chunk-6CXAKVME.mjs";
import {
  perFileTaskOf
} from "./chunk-HHRVN4FN.mjs";
import {
  mergeComments
} from "./chunk-UZYLDHA3.mjs";
import {
  require_picomatch
} from "./chunk-VHE52EGW.mjs";
import {
  concernsOwnedTables,
  ownsTable,
  replayMigrations,
  restrictToSchemas
} from "./chunk-4BCDWKLX.mjs";
import {
  FACTS_VERSION,
  displayTableName,
  splitTableKey
} from "./chunk-3QLYHN6G.mjs";
import {
  quoteIdent,
  require_wasm,
  typesEquivalent
} from "./chunk-JAHM4SGJ.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path7) {
      const ctrl = callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path7, ctrl);
        return visit_(key, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = visit_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path7) {
      const ctrl = await callVisitor(key, node, visitor, path7);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path7, ctrl);
        return visitAsync_(key, ctrl, visitor, path7);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path7 = Object.freeze(path7.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path7);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path7 = Object.freeze(path7.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path7);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path7);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path7) {
      if (typeof visitor === "function")
        return visitor(key, node, path7);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path7);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path7);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path7);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path7);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path7);
      return void 0;
    }
    function replaceNode(key, path7, node) {
      const parent = path7[path7.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path7, value) {
      let v = value;
      for (let i = path7.length - 1; i >= 0; --i) {
        const k = path7[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path7) => path7 == null || typeof path7 === "object" && !!path7[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path7, value) {
        if (isEmptyPath(path7))
          this.add(value);
        else {
          const [key, ...rest] = path7;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        const [key, ...rest] = path7;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        const [key, ...rest] = path7;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path7) {
        const [key, ...rest] = path7;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        const [key, ...rest] = path7;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path7, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path7, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path7) {
        if (Collection.isEmptyPath(path7)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path7) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path7, keepScalar) {
        if (Collection.isEmptyPath(path7))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path7, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path7) {
        if (Collection.isEmptyPath(path7))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path7) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path7, value) {
        if (Collection.isEmptyPath(path7)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path7), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path7, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path7) => {
      let item = cst;
      for (const [field, index] of path7) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path7) => {
      const parent = visit.itemAtPath(cst, path7.slice(0, -1));
      const field = path7[path7.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path7, item, visitor) {
      let ctrl = visitor(item, path7);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path7.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path7);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path7) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/parallel/wasmTier.ts
import { setFlagsFromString } from "node:v8";
var OPTIMISED_WASM_MIN_BYTES = 1e6;
var OPTIMISED_WASM_MIN_SQL_BYTES = 2e7;
var userSetWasmFlags = process.execArgv.some((arg) => /liftoff|wasm/u.test(arg));
if (!userSetWasmFlags) setFlagsFromString("--liftoff-only");
var chosen = false;
function chooseWasmTier(toParse) {
  if (chosen || userSetWasmFlags) return;
  chosen = true;
  if (toParse.python < OPTIMISED_WASM_MIN_BYTES && toParse.sql < OPTIMISED_WASM_MIN_SQL_BYTES) return;
  setFlagsFromString("--no-liftoff-only");
  setFlagsFromString("--wasm-tier-up");
  setFlagsFromString("--wasm-dynamic-tiering");
}
function chooseWasmTierEarly(python) {
  if (python >= OPTIMISED_WASM_MIN_BYTES) chooseWasmTier({ python, sql: 0 });
}

// src/parallel/jsTier.ts
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";
var INTERRUPT_BUDGET = 8 * 67584;
if (!process.execArgv.some((arg) => arg.includes("interrupt-budget"))) setFlagsFromString2(`--interrupt-budget=${INTERRUPT_BUDGET}`);

// src/config/error.ts
var ConfigError = class extends Error {
  constructor(message, file = null, line = null, column = null) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "ConfigError";
  }
  file;
  line;
  column;
};

// src/config/load.ts
var import_picomatch4 = __toESM(require_picomatch(), 1);
var import_yaml2 = __toESM(require_dist(), 1);
import fs from "node:fs";
import path2 from "node:path";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
var DOCS_BASE = "https://github.com/ormlint/ormlint/blob/main/docs/rules/";
function docsUrl(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}

// rules/config.ts
var config_default = defineRule({
  id: "config",
  meta: {
    description: "A configuration that leaves part of the project unchecked.",
    defaultSeverity: "error"
  },
  messages: {
    config: "{{message}}"
  },
  check(ctx) {
    for (const problem of ctx.facts.problems) {
      if (problem.kind !== "config") continue;
      ctx.report({
        messageId: "config",
        data: { message: problem.message },
        location: problem.location,
        subject: problem.subject ?? problem.location.file
      });
    }
  }
});

// rules/duplicate-class-name.ts
var duplicate_class_name_default = defineRule({
  id: "duplicate-class-name",
  meta: {
    description: "One model class name defined in two or more files.",
    defaultSeverity: "warning"
  },
  messages: {
    exposed: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); the registry exposes the one in {{exposed}}{{why}}, so this one is shadowed',
    noneExposed: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); the registry exposes none of them by this name',
    severalExposed: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); the registry imports it from {{exposed}}{{why}}',
    noRegistry: 'Model class "{{name}}" is defined in {{count}} files ({{files}}); which one the app gets depends on {{order}}'
  },
  check(ctx) {
    const { models, registry } = ctx.facts;
    if (!models) return;
    const byName = /* @__PURE__ */ new Map();
    for (const model of models) byName.set(model.className, [...byName.get(model.className) ?? [], model]);
    for (const [name, group] of byName) {
      const files = [...new Set(group.map((m) => m.location.file))].sort();
      if (files.length < 2) continue;
      const definitions = [...group].sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
      const exposedFiles = registry ? exposedFilesOf(name, registry).filter((f) => files.includes(f)) : [];
      const data = { name, count: files.length, files: formatList(files), exposed: formatList(exposedFiles) };
      const lastWins = ctx.facts.modelCapabilities?.lastBindingWins ?? true;
      const relatedTo = (target) => definitions.filter((d) => d !== target).map((d) => ({ file: d.location.file, line: d.location.line, column: d.location.column, message: `"${name}" is also defined here${exposedFiles.includes(d.location.file) ? " (the one the registry exposes)" : ""}` }));
      if (exposedFiles.length === 1) {
        const target = definitions.find((d) => d.location.file !== exposedFiles[0]);
        ctx.report({ messageId: "exposed", data: { ...data, why: lastWins ? " (last import wins)" : "" }, location: target.location, subject: name, related: relatedTo(target) });
        continue;
      }
      for (const target of definitions.slice(1)) {
        const at = { location: target.location, subject: name, related: relatedTo(target) };
        if (!registry) ctx.report({ messageId: "noRegistry", data: { ...data, order: lastWins ? "import order" : "which module the code imports it from" }, ...at });
        else if (exposedFiles.length === 0) ctx.report({ messageId: "noneExposed", data, ...at });
        else ctx.report({ messageId: "severalExposed", data: { ...data, why: lastWins ? ", and the last import wins" : "" }, ...at });
      }
    }
  }
});
function exposedFilesOf(className, registry) {
  const files = registry.bindings.filter((b) => b.className === className).map((b) => b.file);
  return [...new Set(files)].sort();
}

// rules/duplicate-table-name.ts
var duplicate_table_name_default = defineRule({
  id: "duplicate-table-name",
  meta: {
    description: "Two mapped classes map to one table.",
    defaultSeverity: "error"
  },
  messages: {
    duplicate: 'Table "{{table}}" is mapped by both {{first}} ({{firstFile}}) and {{name}}; SQLAlchemy refuses a second definition of one table in a metadata'
  },
  check(ctx) {
    const { models, defaultSchema } = ctx.facts;
    if (!models) return;
    const byTable = /* @__PURE__ */ new Map();
    for (const model of models) {
      if (model.abstract || !model.table || model.inheritsTableFrom || model.tableSource === "inherited") continue;
      byTable.set(model.table, [...byTable.get(model.table) ?? [], model]);
    }
    for (const [key, group] of byTable) {
      if (group.length < 2) continue;
      const sorted = [...group].sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
      const first = sorted[0];
      for (const model of sorted.slice(1)) {
        ctx.report({
          messageId: "duplicate",
          data: { table: displayTableName(key, defaultSchema), first: first.className, firstFile: first.location.file, name: model.className },
          location: model.location,
          subject: displayTableName(key, defaultSchema),
          related: [{ file: first.location.file, line: first.location.line, column: first.location.column, message: `${first.className} maps it first` }]
        });
      }
    }
  }
});

// rules/foreign-key-target.ts
var foreign_key_target_default = defineRule({
  id: "foreign-key-target",
  meta: {
    description: "A foreign key to a table or column that neither side defines.",
    defaultSeverity: "error"
  },
  messages: {
    missingTable: 'Foreign key "{{subject}}" references table "{{target}}", which neither the models nor the migrations define',
    missingColumn: 'Foreign key "{{subject}}" references column "{{target}}", which table "{{table}}" does not have on either side'
  },
  check(ctx) {
    const { modelSchema, migratedSchema, defaultSchema, models, migrations, problems, schemas } = ctx.facts;
    const migrationFiles = new Set((migrations ?? []).map((m) => m.file));
    const unnamedTablesExist = (models ?? []).some((m) => m.tableSource === "unresolved") || problems.some((p) => p.kind === "unresolved" && (p.tables ?? []).length === 0 && migrationFiles.has(p.location.file));
    const sides = [modelSchema, migratedSchema].filter((s) => s !== null);
    if (sides.length === 0) return;
    const findTable = (key) => sides.map((s) => s.tables.get(key)).filter((t) => t !== void 0);
    const seen = /* @__PURE__ */ new Set();
    for (const schema of sides) {
      for (const [key, table] of schema.tables) {
        if (table.uncertain) continue;
        for (const fk of table.foreignKeys) {
          const subject = subjectOf(fk, key, defaultSchema);
          const identity = `${key}|${fk.columns.join(",")}|${fk.refTable}|${fk.refColumns.join(",")}`;
          if (seen.has(identity)) continue;
          seen.add(identity);
          const location = fk.location ?? columnLocation(table, fk) ?? table.location;
          if (!location) continue;
          const targets = findTable(fk.refTable);
          const targetName = displayTableName(fk.refTable, defaultSchema);
          if (targets.length === 0) {
            if (unnamedTablesExist || !ownsTable(fk.refTable, schemas)) continue;
            ctx.report({ messageId: "missingTable", data: { subject, target: targetName }, location, subject });
            continue;
          }
          if (targets.some((t) => t.uncertain || t.openColumns)) continue;
          const missing = fk.refColumns.find((c) => !targets.some((t) => t.columns.some((col) => col.name === c)));
          if (missing) {
            ctx.report({ messageId: "missingColumn", data: { subject, target: `${targetName}.${missing}`, table: targetName }, location, subject });
          }
        }
      }
    }
  }
});
function subjectOf(fk, key, defaultSchema) {
  const table = displayTableName(key, defaultSchema);
  if (fk.columns.length === 1) return `${table}.${fk.columns[0]}`;
  return fk.name ?? `${table}(${fk.columns.join(", ")})`;
}
function columnLocation(table, fk) {
  return table.columns.find((c) => c.name === fk.columns[0])?.location;
}

// rules/internal-error.ts
var internal_error_default = defineRule({
  id: "internal-error",
  meta: {
    description: "A rule that failed while running; the rest of the run went on.",
    defaultSeverity: "notice"
  },
  messages: {
    failed: 'Rule "{{rule}}" failed and was skipped: {{reason}}'
  },
  check() {
  }
});

// rules/migration-error.ts
var migration_error_default = defineRule({
  id: "migration-error",
  meta: {
    description: "A migration step that Postgres would reject when the migrations run in order.",
    defaultSeverity: "error"
  },
  messages: {
    rejected: "Postgres would reject this migration step: {{message}}"
  },
  check(ctx) {
    const { defaultSchema } = ctx.facts;
    for (const problem of ctx.facts.problems) {
      if (problem.kind !== "migration-error") continue;
      const first = problem.tables?.[0];
      ctx.report({
        messageId: "rejected",
        data: { message: problem.message },
        location: problem.location,
        subject: first !== void 0 ? displayTableName(first, defaultSchema) : problem.location.file
      });
    }
  }
});

// rules/migration-graph.ts
var migration_graph_default = defineRule({
  id: "migration-graph",
  meta: {
    description: "Several heads, a dangling down_revision, duplicate revision ids or cycles; SQL: two files with one version.",
    defaultSeverity: "error"
  },
  messages: {
    multipleHeads: 'The migrations have {{count}} heads ({{heads}}); "alembic upgrade head" fails until they are merged (alembic merge heads)',
    dangling: 'Revision "{{id}}" ({{file}}) has down_revision "{{parent}}", which no migration defines',
    duplicate: 'Revision id "{{id}}" is defined by {{count}} files ({{files}})',
    cycle: "Revisions form a cycle: {{path}}; Alembic cannot order them",
    versionClash: 'Version "{{id}}" is claimed by {{count}} files ({{files}}); a migration runner applies only one of them',
    notInJournal: "Migration {{file}} is not listed in {{journal}}, so drizzle's migrator never applies it",
    missingFile: "{{journal}} lists {{file}}, which does not exist; drizzle's migrator fails on it"
  },
  check(ctx) {
    const { migrations, migrationGraph: graph, versionClashes, journalMismatches } = ctx.facts;
    for (const mismatch of journalMismatches ?? []) {
      ctx.report({ messageId: mismatch.kind === "missing-file" ? "missingFile" : "notInJournal", data: { file: mismatch.file, journal: mismatch.journal }, location: mismatch.location, subject: mismatch.file });
    }
    if (migrations && graph) {
      const migrationsById = /* @__PURE__ */ new Map();
      for (const m of migrations) {
        const list = migrationsById.get(m.id);
        if (list) list.push(m);
        else migrationsById.set(m.id, [m]);
      }
      const byId = (id) => migrationsById.get(id) ?? [];
      const describe2 = (id) => `${id} in ${formatList(byId(id).map((m) => m.file))}`;
      const heads = [...conflictingHeads(graph.heads, migrations)].sort(compareText);
      const first = heads.length > 1 ? heads.find((h) => byId(h).length > 0) : void 0;
      if (first !== void 0) {
        const listed = heads.slice(0, HEADS_LISTED).map(describe2);
        if (heads.length > HEADS_LISTED) listed.push(`${heads.length - HEADS_LISTED} more`);
        ctx.report({
          messageId: "multipleHeads",
          data: { count: heads.length, heads: formatList(listed) },
          location: byId(first)[0].location,
          subject: first,
          related: heads.filter((h) => h !== first).slice(0, HEADS_LISTED).flatMap((h) => byId(h).slice(0, 1).map((m) => related(m.location, `head ${h}`)))
        });
      }
      for (const { id, missingParent } of graph.dangling) {
        for (const migration of byId(id)) {
          ctx.report({
            messageId: "dangling",
            data: { id, file: migration.file, parent: missingParent },
            location: migration.parentsLocation ?? migration.location,
            subject: id
          });
        }
      }
      for (const { id, files } of graph.duplicates) {
        const definitions = sortByFile(byId(id));
        for (const migration of definitions.slice(1)) {
          ctx.report({
            messageId: "duplicate",
            data: { id, count: files.length, files: formatList([...files].sort()) },
            location: migration.location,
            subject: id,
            related: definitions.filter((m) => m !== migration).map((m) => related(m.location, `"${id}" is also defined here`))
          });
        }
      }
      for (const cycle of graph.cycles) {
        if (cycle.length === 0) continue;
        const first2 = [...cycle].sort()[0];
        const migration = byId(first2)[0];
        if (!migration) continue;
        ctx.report({
          messageId: "cycle",
          data: { path: [...cycle, cycle[0]].map((id) => `${id} (${byId(id)[0]?.file ?? "?"})`).join(" -> ") },
          location: migration.parentsLocation ?? migration.location,
          subject: first2,
          related: cycle.filter((id) => id !== first2).flatMap((id) => byId(id).map((m) => related(m.parentsLocation ?? m.location, `part of the cycle`)))
        });
      }
    }
    for (const clash of versionClashes ?? []) {
      const files = [...clash.files].sort();
      for (const file of files.slice(1)) {
        const migration = migrations?.find((m) => m.file === file);
        ctx.report({
          messageId: "versionClash",
          data: { id: clash.version, count: files.length, files: formatList(files) },
          location: migration?.location ?? { file, line: 1, column: 1 },
          subject: clash.version,
          related: files.filter((f) => f !== file).map((f) => ({ file: f, line: 1, column: 1, message: `also version ${clash.version}` }))
        });
      }
    }
  }
});
var HEADS_LISTED = 10;
function sortByFile(list) {
  return [...list].sort((a, b) => compareText(a.file, b.file));
}
function related(location, message) {
  return { file: location.file, line: location.line, column: location.column, message };
}
function conflictingHeads(heads, migrations) {
  if (heads.length < 2) return heads;
  const piece = new DisjointSets();
  for (const m of migrations) for (const parent of m.parents) piece.union(m.id, parent);
  const headsPerPiece = /* @__PURE__ */ new Map();
  for (const head of heads) headsPerPiece.set(piece.find(head), (headsPerPiece.get(piece.find(head)) ?? 0) + 1);
  const labelledPieces = new Set(migrations.filter((m) => (m.branchLabels ?? []).length > 0).map((m) => piece.find(m.id)));
  const independent = (head) => headsPerPiece.get(piece.find(head)) === 1 && labelledPieces.has(piece.find(head));
  const conflicting = heads.filter((h) => !independent(h));
  return conflicting.length === 1 ? heads : conflicting;
}
var DisjointSets = class {
  parent = /* @__PURE__ */ new Map();
  size = /* @__PURE__ */ new Map();
  find(id) {
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.size.set(id, 1);
      return id;
    }
    let current = id;
    while (this.parent.get(current) !== current) {
      const grandparent = this.parent.get(this.parent.get(current));
      this.parent.set(current, grandparent);
      current = grandparent;
    }
    return current;
  }
  union(a, b) {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size.get(rootA) < this.size.get(rootB)) [rootA, rootB] = [rootB, rootA];
    this.parent.set(rootB, rootA);
    this.size.set(rootA, this.size.get(rootA) + this.size.get(rootB));
  }
};

// rules/support/possiblyCreated.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var matchers = /* @__PURE__ */ new WeakMap();
function possiblyCreated(schema, key) {
  if (schema.possibleTables?.has(key)) return true;
  const patterns = schema.possibleTablePatterns;
  if (!patterns?.length) return false;
  let compiled = matchers.get(patterns);
  if (!compiled) {
    compiled = patterns.map((p) => (0, import_picomatch.default)(p, { dot: true }));
    matchers.set(patterns, compiled);
  }
  const { name } = splitTableKey(key);
  return compiled.some((matches) => matches(name));
}

// rules/missing-migration.ts
var missing_migration_default = defineRule({
  id: "missing-migration",
  meta: {
    description: "A table in the model schema that no migration creates.",
    defaultSeverity: "error"
  },
  messages: {
    missing: 'Table "{{table}}" (model {{name}}) is not created by any migration',
    missingTable: 'Table "{{table}}" ({{declared}} in {{file}}) is not created by any migration',
    missingBootstrapped: 'Table "{{table}}" ({{owner}}) is not created by any migration: the app makes it with create_all() at {{createAll}} and stamps Alembic at {{stamp}}'
  },
  check(ctx) {
    const { models, registry, modelSchema, migratedSchema, defaultSchema } = ctx.facts;
    if (!models || !modelSchema || !migratedSchema) return;
    const reachable = registry ? new Set(registry.reachableFiles) : null;
    const hints = ctx.facts.fixHints ?? { generateMigration: "alembic revision --autogenerate", tableNameKey: "__tablename__" };
    const migratedNames = [...migratedSchema.tables.keys()].map((k) => displayTableName(k, defaultSchema));
    const modelsByTable = /* @__PURE__ */ new Map();
    for (const m of models) {
      if (m.abstract || !m.table) continue;
      const list = modelsByTable.get(m.table);
      if (list) list.push(m);
      else modelsByTable.set(m.table, [m]);
    }
    let suggestionBudget = SUGGESTION_COMPARISONS;
    for (const key of modelSchema.tables.keys()) {
      if (migratedSchema.tables.has(key) || migratedSchema.views?.has(key) || possiblyCreated(migratedSchema, key)) continue;
      const owner = ownerOf(modelsByTable.get(key) ?? [], reachable);
      const table = displayTableName(key, defaultSchema);
      suggestionBudget -= migratedNames.length;
      const closest = suggestionBudget >= 0 ? closestName(table, migratedNames) : null;
      const help = bootstrapHelp(ctx.facts.schemaBootstrap) ?? (closest ? `A migration creates "${closest}": if that is this table, make ${hints.tableNameKey} and the migration agree; otherwise add a migration (${hints.generateMigration}).` : `Add a migration that creates it (${hints.generateMigration}, then review the result).`);
      const bootstrap = ctx.facts.schemaBootstrap;
      const bootstrapData = bootstrap ? { createAll: `${bootstrap.createAll.file}:${bootstrap.createAll.line}`, stamp: `${bootstrap.stamp.file}:${bootstrap.stamp.line}` } : null;
      if (owner) {
        if (bootstrapData) ctx.report({ messageId: "missingBootstrapped", data: { table, owner: `model ${owner.className}`, ...bootstrapData }, location: owner.location, subject: table, help });
        else ctx.report({ messageId: "missing", data: { table, name: owner.className }, location: owner.location, subject: table, help });
        continue;
      }
      const declared = modelSchema.tables.get(key)?.location;
      if (!declared || reachable && !reachable.has(declared.file) || (modelsByTable.get(key) ?? []).some((m) => m.registered === false)) continue;
      if (bootstrapData) ctx.report({ messageId: "missingBootstrapped", data: { table, owner: `Table() in ${declared.file}`, ...bootstrapData }, location: declared, subject: table, help });
      else ctx.report({ messageId: "missingTable", data: { table, declared: ctx.facts.fixHints?.tableWithoutModel ?? "declared with Table()", file: declared.file }, location: declared, subject: table, help });
    }
  }
});
function bootstrapHelp(bootstrap) {
  if (!bootstrap) return null;
  const at = (l) => `${l.file}:${l.line}`;
  return `A database built by the migrations alone lacks this table; one made by the bootstrap (${at(bootstrap.createAll)}) has it. If that is how the project works, accept these findings with \`ormlint baseline\`; otherwise add a migration that creates it.`;
}
var SUGGESTION_COMPARISONS = 25e4;
function ownerOf(mapping, reachable) {
  const owners = mapping.filter((m) => m.registered !== false && (!reachable || reachable.has(m.location.file))).sort((a, b) => Number(Boolean(a.inheritsTableFrom)) - Number(Boolean(b.inheritsTableFrom)) || compareText(a.location.file, b.location.file) || a.location.line - b.location.line);
  return owners[0] ?? null;
}

// rules/model-base.ts
var model_base_default = defineRule({
  id: "model-base",
  meta: {
    description: "A model class not derived from a configured declarative base.",
    defaultSeverity: "error"
  },
  messages: {
    noBase: "Model class {{name}} does not derive from a declarative base, so no metadata the app uses contains it",
    otherBase: "Model class {{name}} derives from {{base}}, not from the configured base {{bases}}, so Alembic autogenerate for that metadata never sees it",
    otherThanMigrated: "Model class {{name}} derives from {{base}}, not from {{bases}}, whose metadata Alembic migrates ({{envFile}}), so autogenerate never sees it"
  },
  check(ctx) {
    const { models } = ctx.facts;
    if (!models || ctx.facts.modelCapabilities?.declarativeBases === false) return;
    const configured = ctx.settings?.modelBases ?? [];
    const migrated = configured.length === 0 ? ctx.facts.migratedBases : null;
    const bases = configured.length > 0 ? configured : migrated?.bases ?? [];
    for (const model of models) {
      if (model.base === null) {
        ctx.report({ messageId: "noBase", data: { name: model.className }, location: model.location, subject: model.className });
      } else if (bases.length > 0 && !bases.includes(model.base)) {
        const data = { name: model.className, base: model.base, bases: formatList(bases) };
        if (migrated) {
          const envFile = [...new Set(migrated.locations.map((l) => `${l.file}:${l.line}`))].join(", ");
          ctx.report({ messageId: "otherThanMigrated", data: { ...data, envFile }, location: model.location, subject: model.className });
        } else {
          ctx.report({ messageId: "otherBase", data, location: model.location, subject: model.className });
        }
      }
    }
  }
});

// rules/orphan-table.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);
var ALWAYS_IGNORED = ["alembic_version"];
var orphan_table_default = defineRule({
  id: "orphan-table",
  meta: {
    description: "A table the migrations create that no model maps.",
    defaultSeverity: "warning"
  },
  messages: {
    orphan: 'Table "{{table}}" is created by the migrations ({{file}}) but no model maps it'
  },
  options: {
    type: "object",
    properties: {
      ignore: { type: "array", items: { type: "string" }, description: 'Globs of table names (or schema.table) to leave alone; added to the default ["alembic_version"].' }
    },
    additionalProperties: false
  },
  defaultOptions: { ignore: [] },
  check(ctx, options) {
    const { models, modelSchema, migratedSchema, migratedTableOrigins, defaultSchema } = ctx.facts;
    if (!models || !migratedSchema) return;
    const dynamic = (ctx.facts.dynamicTables ?? []).map((d) => d.pattern);
    const globs = [...ALWAYS_IGNORED, ...options.ignore ?? [], ...dynamic].map((g) => (0, import_picomatch2.default)(g, { dot: true }));
    const mapped = /* @__PURE__ */ new Set([...modelSchema?.tables.keys() ?? [], ...models.flatMap((m) => m.table ? [m.table] : [])]);
    for (const [key, table] of migratedSchema.tables) {
      const name = displayTableName(key, defaultSchema);
      if (mapped.has(key) || globs.some((g) => g(name) || g(key))) continue;
      const location = migratedTableOrigins?.get(key) ?? table.location;
      if (!location) continue;
      ctx.report({ messageId: "orphan", data: { table: name, file: location.file }, location, subject: name });
    }
  }
});

// rules/parse-error.ts
var parse_error_default = defineRule({
  id: "parse-error",
  meta: {
    description: "A file that could not be parsed.",
    defaultSeverity: "error"
  },
  messages: {
    parseError: "Could not parse {{file}}: {{message}}; what the unparsed part declares is left out of the check"
  },
  check(ctx) {
    for (const problem of ctx.facts.problems) {
      if (problem.kind !== "parse-error") continue;
      ctx.report({
        messageId: "parseError",
        data: { file: problem.location.file, message: problem.message },
        location: problem.location,
        subject: problem.location.file
      });
    }
  }
});

// src/schema/diff.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);

// src/schema/sqlExpressions.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var elementKeys = /* @__PURE__ */ new Map();
var predicateKeys = /* @__PURE__ */ new Map();
function indexElementKey(text, table) {
  return comparableKey(elementKeys, text, table, parseIndexElement);
}
function predicateKey(text, table) {
  return text ? comparableKey(predicateKeys, text, table, parsePredicate) : "";
}
function comparableKey(cache, text, table, parse) {
  const cacheKey = table ? `${table.schema}\0${table.name}\0${text}` : text;
  const cached = cache.get(cacheKey);
  if (cached !== void 0) return cached;
  const parsed = parse(text, table);
  if (parsed === null) return `text:${foldText(text)}`;
  cache.set(cacheKey, parsed);
  return parsed;
}
function parseIndexElement(text, table) {
  const trimmed = text.trim();
  const column = plainColumnName(trimmed);
  if (column !== null) return `column:${column}`;
  const candidates = [trimmed];
  if (trimmed.startsWith("(") && trimmed.endsWith(")")) candidates.push(trimmed.slice(1, -1));
  for (const candidate of candidates) {
    const element = indexElement(candidate);
    if (element) return elementKey(unqualified(element, table));
  }
  return null;
}
function plainColumnName(text) {
  if (text.length === 0 || text.length > 63 || !/^[a-z_][a-z0-9_$]*$/u.test(text)) return null;
  let plain = plainNames.get(text);
  if (plain === void 0) plainNames.set(text, plain = scansAsColumnName(text));
  return plain ? text : null;
}
var plainNames = /* @__PURE__ */ new Map();
function scansAsColumnName(word) {
  let tokens;
  try {
    tokens = (0, import_libpg_query.scanSync)(word).tokens;
  } catch {
    return false;
  }
  const token = tokens.length === 1 ? tokens[0] : null;
  return token !== null && token.start === 0 && token.end === word.length && COLUMN_NAME_KINDS.has(token.keywordName);
}
var COLUMN_NAME_KINDS = /* @__PURE__ */ new Set(["NO_KEYWORD", "UNRESERVED_KEYWORD", "COL_NAME_KEYWORD"]);
function indexElement(text) {
  try {
    const parsed = (0, import_libpg_query.parseSync)(`CREATE INDEX ormlint_index ON ormlint_table (${text})`);
    if ((parsed.stmts ?? []).length !== 1) return null;
    const params = parsed.stmts[0].stmt?.IndexStmt?.indexParams ?? [];
    return params.length === 1 ? params[0].IndexElem ?? null : null;
  } catch {
    return null;
  }
}
function elementKey(element) {
  let subject;
  const fields = element.expr?.ColumnRef?.fields;
  if (typeof element.name === "string") subject = `column:${element.name}`;
  else if (fields && fields.length === 1 && fields[0].String) subject = `column:${fields[0].String.sval}`;
  else subject = `expr:${canonical(element.expr)}`;
  const descending = element.ordering === "SORTBY_DESC";
  const nulls = element.nulls_ordering === "SORTBY_NULLS_FIRST" ? descending ? "" : " nulls first" : element.nulls_ordering === "SORTBY_NULLS_LAST" ? descending ? " nulls last" : "" : "";
  const opclass = element.opclass ? ` ${canonical(element.opclass)}` : "";
  const collation = element.collation ? ` collate ${canonical(element.collation)}` : "";
  return `${subject}${collation}${opclass}${descending ? " desc" : ""}${nulls}`;
}
function parsePredicate(text, table) {
  try {
    const parsed = (0, import_libpg_query.parseSync)(`SELECT 1 FROM ormlint_table WHERE ${text}`);
    if ((parsed.stmts ?? []).length !== 1) return null;
    const where = parsed.stmts[0].stmt?.SelectStmt?.whereClause;
    return where ? `pred:${canonical(unqualified(where, table))}` : null;
  } catch {
    return null;
  }
}
function unqualified(node, table) {
  if (!table) return node;
  if (Array.isArray(node)) return node.map((n) => unqualified(n, table));
  if (!node || typeof node !== "object") return node;
  const record = node;
  const fields = record.ColumnRef?.fields;
  if (fields && fields.every((f) => typeof f.String?.sval === "string")) {
    const names = fields.map((f) => f.String.sval);
    const byTable = names.length === 2 && names[0] === table.name;
    const bySchema = names.length === 3 && names[0] === table.schema && names[1] === table.name;
    if (byTable || bySchema) return { ...record, ColumnRef: { ...record.ColumnRef, fields: fields.slice(names.length - 1) } };
  }
  const out = {};
  for (const key of Object.keys(record)) out[key] = unqualified(record[key], table);
  return out;
}
var LITERAL_LABELS = /* @__PURE__ */ new Set(["text", "varchar", "bpchar"]);
function canonical(node) {
  return JSON.stringify(strip(node));
}
function strip(node, top = true) {
  if (Array.isArray(node)) return node.map((n) => strip(n, false));
  if (!node || typeof node !== "object") return node;
  const record = node;
  const cast = record.TypeCast;
  if (cast?.arg?.A_Const?.sval && isLiteralLabel(cast.typeName)) return strip(cast.arg, false);
  if (!top && cast?.arg?.ColumnRef && isLiteralLabel(cast.typeName)) return strip(cast.arg, false);
  const out = {};
  for (const key of Object.keys(record).sort()) {
    if (key === "location" || key === "stmt_location" || key === "stmt_len") continue;
    out[key] = strip(record[key], false);
  }
  return out;
}
function isLiteralLabel(typeName) {
  const names = (typeName?.names ?? []).map((n) => n.String?.sval);
  const last = names[names.length - 1];
  return last !== void 0 && LITERAL_LABELS.has(last) && (names.length === 1 || names[0] === "pg_catalog") && !typeName?.typmods;
}
function foldText(text) {
  let folded = text.trim().split(/\s+/u).join(" ");
  while (folded.startsWith("(") && folded.endsWith(")")) folded = folded.slice(1, -1).trim();
  return folded;
}

// src/schema/diff.ts
var DRIFT_CHECKS = ["type", "nullable", "primaryKey", "unique", "default", "index", "foreignKey"];
function qualifyTable(ref, defaultSchema) {
  return ref.includes(".") ? ref : `${defaultSchema}.${ref}`;
}
function diffSchemas(models, migrated, options) {
  const checks = new Set(options.checks ?? DRIFT_CHECKS);
  const ignoreTable = globMatcher(options.ignoreTables ?? []);
  const ignoreColumn = globMatcher(options.ignoreColumns ?? []);
  const out = [];
  for (const [key, modelTable] of models.tables) {
    const migratedTable = migrated.tables.get(key);
    if (!migratedTable || modelTable.uncertain || migratedTable.uncertain) continue;
    const table = displayTableName(key, options.defaultSchema);
    if (ignoreTable(table) || ignoreTable(key)) continue;
    const base = { tableKey: key, table, modelTable, migratedTable };
    const skipColumn = (column) => ignoreColumn(`${table}.${column}`) || ignoreColumn(`${key}.${column}`);
    const migratedColumns = new Map(migratedTable.columns.map((c) => [c.name, c]));
    const modelColumns = new Map(modelTable.columns.map((c) => [c.name, c]));
    for (const column of modelTable.columns) {
      if (skipColumn(column.name)) continue;
      const other = migratedColumns.get(column.name);
      if (!other) {
        if (migratedTable.openColumns) continue;
        out.push({ kind: "column-only-in-models", ...base, column: column.name, present: column });
        continue;
      }
      for (const mismatch of compareColumns(column, other, checks, options)) {
        const openSideSaysNo = (mismatch.check === "index" || mismatch.check === "unique") && (modelTable.openConstraints && !column[mismatch.check] || migratedTable.openConstraints && !other[mismatch.check]);
        if (openSideSaysNo) continue;
        out.push({ kind: "column-mismatch", ...base, column: column.name, ...mismatch, modelColumn: column, migratedColumn: other });
      }
    }
    for (const column of migratedTable.columns) {
      if (skipColumn(column.name) || modelColumns.has(column.name)) continue;
      if (modelTable.openColumns) continue;
      out.push({ kind: "column-only-in-migrations", ...base, column: column.name, present: column });
    }
    const comparable = (names) => names.every((c) => modelColumns.has(c) && migratedColumns.has(c) && !skipColumn(c));
    const before = out.length;
    const asIndexes = (t) => modelTable.uniqueFormsEquivalent ? [...t.indexes, ...t.uniques.map((u) => ({ name: u.name, columns: u.columns, unique: true, location: u.location }))] : t.indexes;
    const uniquesOf = (t) => modelTable.uniqueFormsEquivalent ? [] : t.uniques;
    const indexed = { schema: migratedTable.schema, name: migratedTable.name };
    const tableLevel = (index) => tableLevelIndex(index, indexed);
    if (checks.has("index")) out.push(...compareConstraints("index", base, asIndexes(modelTable).filter(tableLevel), asIndexes(migratedTable).filter(tableLevel), describeIndex, comparable, (i) => indexKey(i, indexed), (a, b) => sameIndex(a, b, indexed)));
    const modelUniques = uniquesOf(modelTable).filter(multiColumn).filter((u) => !sameColumns(u.columns, modelTable.primaryKey?.columns) && !sameColumnSet(u.columns, migratedTable.primaryKey?.columns));
    const migratedUniques = uniquesOf(migratedTable).filter(multiColumn).filter((u) => !sameColumnSet(u.columns, modelTable.primaryKey?.columns));
    if (checks.has("unique")) out.push(...compareConstraints("unique", base, modelUniques, migratedUniques, describeUnique, comparable));
    if (checks.has("foreignKey")) out.push(...compareConstraints("foreignKey", base, modelTable.foreignKeys.filter(multiColumn), migratedTable.foreignKeys.filter(multiColumn), (fk) => describeForeignKey(fk, options.defaultSchema), comparable));
    const constraintFindings = out.splice(before);
    for (const d of constraintFindings) {
      if (d.kind === "constraint-only-in-migrations" && modelTable.openConstraints) continue;
      if (d.kind === "constraint-only-in-models" && migratedTable.openConstraints) continue;
      out.push(d);
    }
  }
  return out;
}
function sameColumnSet(a, b) {
  return b !== void 0 && a.length === b.length && a.every((c) => b.includes(c));
}
function sameColumns(a, b) {
  return b !== void 0 && a.length === b.length && a.every((c, i) => c === b[i]);
}
function multiColumn(item) {
  return item.columns.length > 1;
}
function tableLevelIndex(index, table) {
  return multiColumn(index) || !!index.where || index.columns.some((c) => !indexElementKey(c, table).startsWith("column:") || indexElementKey(c, table).includes(" "));
}
function indexKey(index, table) {
  return `${index.unique ? "unique" : "plain"}(${index.columns.map((c) => indexElementKey(c, table)).join(", ")})${predicateKey(index.where, table)}`;
}
function sameIndex(a, b, table) {
  return a.definitionUnknown || b.definitionUnknown || indexKey(a, table) === indexKey(b, table);
}
function compareColumns(model, migrated, checks, options) {
  const out = [];
  const unknown = /* @__PURE__ */ new Set([...model.unknown ?? [], ...migrated.unknown ?? []]);
  const add = (check, modelValue, migratedValue) => {
    if (!unknown.has(check)) out.push({ check, modelValue, migratedValue });
  };
  if (checks.has("type") && model.type && migrated.type && !typesEquivalent(model.type, migrated.type, options.typeEquivalences)) {
    add("type", model.type, migrated.type);
  }
  const bothPrimary = model.primaryKey && migrated.primaryKey;
  if (checks.has("nullable") && !bothPrimary && model.nullable !== migrated.nullable) {
    add("nullable", nullability(model.nullable), nullability(migrated.nullable));
  }
  if (checks.has("primaryKey") && model.primaryKey !== migrated.primaryKey) {
    add("primaryKey", yesNo(model.primaryKey, "primary key"), yesNo(migrated.primaryKey, "primary key"));
  }
  if (checks.has("unique") && model.unique !== migrated.unique && !(bothPrimary && (model.unique || migrated.unique))) {
    add("unique", yesNo(model.unique, "unique"), yesNo(migrated.unique, "unique"));
  }
  if (checks.has("index") && !(model.unique && migrated.unique) && model.index !== migrated.index) {
    add("index", yesNo(model.index, "indexed"), yesNo(migrated.index, "indexed"));
  }
  if (checks.has("default") && !defaultsEqual(model, migrated)) {
    const pythonOnly = model.default === null && model.pyDefault ? ` (default=${model.pyDefault} is set in Python only)` : "";
    add("default", model.default ?? `no server default${pythonOnly}`, migrated.default ?? "no server default");
  }
  if (checks.has("foreignKey")) {
    const a = describeColumnForeignKey(model, options.defaultSchema);
    const b = describeColumnForeignKey(migrated, options.defaultSchema);
    if (a !== b) add("foreignKey", a, b);
  }
  return out;
}
function nullability(nullable) {
  return nullable ? "nullable" : "NOT NULL";
}
function yesNo(value, what) {
  return value ? what : `not ${what}`;
}
function describeColumnForeignKey(column, defaultSchema) {
  const fk = column.foreignKey;
  if (!fk) return "no foreign key";
  const target = displayTableName(qualifyTable(fk.table, defaultSchema), defaultSchema);
  return `references ${target}.${fk.column}${referentialAction("ON DELETE", fk.onDelete)}${referentialAction("ON UPDATE", fk.onUpdate)}`;
}
function referentialAction(label, action) {
  const normalized = (action ?? "").trim().toUpperCase();
  return normalized === "" || normalized === "NO ACTION" ? "" : ` ${label} ${normalized}`;
}
function defaultsEqual(model, migrated) {
  const boolean = model.type === "boolean" || migrated.type === "boolean";
  const spell = (value) => {
    if (value === null || value === void 0) return null;
    const normalized = normalizeDefault(value);
    return boolean ? BOOLEAN_LITERALS[normalized.toLowerCase()] ?? normalized : normalized;
  };
  const a = spell(model.default);
  const b = spell(migrated.default);
  if (a === b) return true;
  const isSequence = (v) => v !== null && v.startsWith("nextval(");
  if (a === null && isSequence(b) || b === null && isSequence(a)) return true;
  if (isSequence(a) && isSequence(b)) return true;
  return false;
}
var BOOLEAN_LITERALS = {
  "0": "false",
  "1": "true",
  "'t'": "true",
  "'f'": "false",
  "'true'": "true",
  "'false'": "false",
  "'y'": "true",
  "'n'": "false",
  "'yes'": "true",
  "'no'": "false",
  "'on'": "true",
  "'off'": "false",
  true: "true",
  false: "false"
};
var TYPE_CONTINUATIONS = /* @__PURE__ */ new Set(["varying", "precision", "with", "without", "time", "zone"]);
var DEFAULT_SYNONYMS = {
  current_timestamp: "now()",
  "now()": "now()",
  "current_timestamp()": "now()",
  "transaction_timestamp()": "now()",
  true: "true",
  false: "false",
  "'t'": "true",
  "'f'": "false"
};
function normalizeDefault(sql) {
  let normalized = normalizedDefaults.get(sql);
  if (normalized === void 0) normalizedDefaults.set(sql, normalized = normalizeDefaultText(sql));
  return normalized;
}
var normalizedDefaults = /* @__PURE__ */ new Map();
function normalizeDefaultText(sql) {
  const tokens = tokenizeExpression(sql);
  const kept = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "::") {
      i = skipTypeName(tokens, i + 1) - 1;
      continue;
    }
    kept.push(isWord(token) ? token.toLowerCase() : token);
  }
  let joined = joinTokens(kept);
  while (joined.startsWith("(") && joined.endsWith(")") && balanced(joined.slice(1, -1))) joined = joined.slice(1, -1);
  if (joined.startsWith("'") && joined.endsWith("'") && joined.length >= 2) {
    const inner = joined.slice(1, -1);
    if (inner !== "" && !Number.isNaN(Number(inner)) && inner.trim() === inner) joined = String(Number(inner));
    else if (inner === "true" || inner === "false") joined = inner;
  }
  return DEFAULT_SYNONYMS[joined] ?? joined;
}
function skipTypeName(tokens, start) {
  let i = start;
  const namePart = (token) => token !== void 0 && (isWord(token) || token.startsWith('"'));
  if (namePart(tokens[i])) i++;
  while (tokens[i] === "." && namePart(tokens[i + 1])) i += 2;
  while (i < tokens.length && isWord(tokens[i]) && TYPE_CONTINUATIONS.has(tokens[i].toLowerCase())) i++;
  if (tokens[i] === "(") {
    let depth = 0;
    for (; i < tokens.length; i++) {
      if (tokens[i] === "(") depth++;
      else if (tokens[i] === ")" && --depth === 0) {
        i++;
        break;
      }
    }
  }
  while (tokens[i] === "[" && tokens[i + 1] === "]") i += 2;
  return i;
}
function isWord(token) {
  const c = token[0];
  return c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_";
}
function joinTokens(tokens) {
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const needsSpace = prev !== void 0 && /[\w'"]$/.test(prev) && /^[\w'"]/.test(tokens[i]);
    out += (needsSpace ? " " : "") + tokens[i];
  }
  return out;
}
function balanced(text) {
  let depth = 0;
  let quoted = false;
  for (const c of text) {
    if (c === "'") quoted = !quoted;
    if (quoted) continue;
    if (c === "(") depth++;
    if (c === ")" && --depth < 0) return false;
  }
  return depth === 0;
}
function tokenizeExpression(sql) {
  const tokens = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j++;
      }
      tokens.push(sql.slice(i, j + 1));
      i = j + 1;
    } else if (c === ":" && sql[i + 1] === ":") {
      tokens.push("::");
      i += 2;
    } else if (isWord(c) || c >= "0" && c <= "9") {
      let j = i + 1;
      while (j < sql.length && /[\w$.]/.test(sql[j]) && !(sql[j] === "." && isWord(c))) j++;
      tokens.push(sql.slice(i, j));
      i = j;
    } else {
      tokens.push(c);
      i++;
    }
  }
  return tokens;
}
function describeIndex(index) {
  return `${index.unique ? "unique index" : "index"} on (${index.columns.join(", ")})${index.where ? ` WHERE ${index.where}` : ""}`;
}
function describeUnique(unique) {
  const columns = [...unique.columns].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return `unique constraint on (${columns.join(", ")})`;
}
function describeForeignKey(fk, defaultSchema) {
  const target = displayTableName(fk.refTable, defaultSchema);
  return `foreign key (${fk.columns.join(", ")}) references ${target}(${fk.refColumns.join(", ")})${referentialAction("ON DELETE", fk.onDelete)}${referentialAction("ON UPDATE", fk.onUpdate)}`;
}
function compareConstraints(check, base, modelItems, migratedItems, describe2, comparable, key = describe2, same = (a, b) => key(a) === key(b)) {
  const out = [];
  const unmatched = new Set(migratedItems);
  const nameOf = (item) => item.name ?? `${base.table}(${item.columns.join(", ")})`;
  for (const item of modelItems) {
    const byName = item.name ? migratedItems.find((m) => m.name === item.name && unmatched.has(m)) : void 0;
    const match = byName ?? migratedItems.find((m) => unmatched.has(m) && key(m) === key(item));
    if (match) {
      unmatched.delete(match);
      if (!same(item, match)) {
        out.push({ kind: "constraint-mismatch", check, ...base, name: nameOf(item), modelValue: describe2(item), migratedValue: describe2(match), modelLocation: item.location, migratedLocation: match.location });
      }
    } else if (comparable(item.columns)) {
      out.push({ kind: "constraint-only-in-models", check, ...base, name: nameOf(item), description: describe2(item), location: item.location });
    }
  }
  for (const item of unmatched) {
    if (!comparable(item.columns)) continue;
    out.push({ kind: "constraint-only-in-migrations", check, ...base, name: nameOf(item), description: describe2(item), location: item.location });
  }
  return out;
}
function globMatcher(globs) {
  if (globs.length === 0) return () => false;
  const matchers2 = globs.map((g) => (0, import_picomatch3.default)(g, { dot: true }));
  return (value) => matchers2.some((m) => m(value));
}

// rules/schema-drift.ts
var CHECK_WORDS = {
  type: "type",
  nullable: "nullability",
  primaryKey: "primary key",
  unique: "uniqueness",
  default: "server default",
  index: "index",
  foreignKey: "foreign key"
};
var schema_drift_default = defineRule({
  id: "schema-drift",
  meta: {
    description: "A column, index or foreign key that differs between the models and the migrations.",
    defaultSeverity: "error"
  },
  messages: {
    onlyInModels: 'Column "{{subject}}" is in the model {{name}} but no migration creates it',
    onlyInMigrations: 'Column "{{subject}}" is created by the migrations but the model {{name}} does not declare it',
    mismatch: 'Column "{{subject}}" differs in {{what}}: the model says {{model}}, the migrations say {{migrated}}',
    constraintOnlyInModels: 'The model {{name}} declares {{description}} ("{{subject}}") but no migration creates it',
    constraintOnlyInMigrations: 'The migrations create {{description}} ("{{subject}}") on "{{table}}" but the model {{name}} does not declare it',
    constraintMismatch: '"{{subject}}" on "{{table}}" differs: the model declares {{model}}, the migrations create {{migrated}}'
  },
  options: {
    type: "object",
    properties: {
      ignoreColumns: { type: "array", items: { type: "string" }, description: 'Globs on "table.column" to leave out of the comparison.' },
      ignoreTables: { type: "array", items: { type: "string" }, description: "Globs on table names to leave out." },
      typeEquivalences: { type: "array", items: { type: "array", items: { type: "string" } }, description: 'Groups of canonical types that count as equal, e.g. [["json", "jsonb"]].' },
      checks: { type: "array", items: { type: "string", enum: [...DRIFT_CHECKS] }, description: "What to compare; all by default." }
    },
    additionalProperties: false
  },
  defaultOptions: { ignoreColumns: [], ignoreTables: [], typeEquivalences: [], checks: [...DRIFT_CHECKS] },
  check(ctx, options) {
    const { modelSchema, migratedSchema, models, migratedTableOrigins, defaultSchema } = ctx.facts;
    if (!modelSchema || !migratedSchema) return;
    const differences = diffSchemas(modelSchema, migratedSchema, {
      defaultSchema,
      ignoreColumns: options.ignoreColumns,
      ignoreTables: options.ignoreTables,
      typeEquivalences: options.typeEquivalences,
      checks: options.checks
    });
    const ownerName = (key) => ownerOf2(key, models ?? [])?.className ?? key;
    const modelPlace = (d) => d.modelTable.location ?? ownerOf2(d.tableKey, models ?? [])?.location;
    const migratedPlace = (d) => migratedTableOrigins?.get(d.tableKey) ?? d.migratedTable.location;
    for (const d of differences) {
      const name = ownerName(d.tableKey);
      if (d.kind === "column-only-in-models" || d.kind === "column-only-in-migrations") {
        const inModels = d.kind === "column-only-in-models";
        const location = d.present.location ?? (inModels ? modelPlace(d) : migratedPlace(d));
        if (!location) continue;
        const otherSide = inModels ? migratedPlace(d) : modelPlace(d);
        ctx.report({
          messageId: inModels ? "onlyInModels" : "onlyInMigrations",
          data: { subject: `${d.table}.${d.column}`, name },
          location,
          subject: `${d.table}.${d.column}`,
          related: relatedAt(otherSide, inModels ? `the migrations create "${d.table}" here` : `the model ${name} maps "${d.table}" here`)
        });
      } else if (d.kind === "column-mismatch") {
        const location = d.modelColumn.location ?? modelPlace(d);
        if (!location) continue;
        ctx.report({
          messageId: "mismatch",
          data: { subject: `${d.table}.${d.column}`, what: CHECK_WORDS[d.check], model: d.modelValue, migrated: d.migratedValue },
          location,
          subject: `${d.table}.${d.column}`,
          related: relatedAt(d.migratedColumn.location ?? migratedPlace(d), `the migrations make it ${d.migratedValue}`)
        });
      } else if (d.kind === "constraint-only-in-models" || d.kind === "constraint-only-in-migrations") {
        const inModels = d.kind === "constraint-only-in-models";
        const location = d.location ?? (inModels ? modelPlace(d) : migratedPlace(d));
        if (!location) continue;
        ctx.report({
          messageId: inModels ? "constraintOnlyInModels" : "constraintOnlyInMigrations",
          data: { subject: d.name, description: d.description, table: d.table, name },
          location,
          subject: d.name,
          related: relatedAt(inModels ? migratedPlace(d) : modelPlace(d), inModels ? `the migrations create "${d.table}" here` : `the model ${name} maps "${d.table}" here`)
        });
      } else if (d.kind === "constraint-mismatch") {
        const location = d.modelLocation ?? modelPlace(d);
        if (!location) continue;
        ctx.report({
          messageId: "constraintMismatch",
          data: { subject: d.name, table: d.table, model: d.modelValue, migrated: d.migratedValue },
          location,
          subject: d.name,
          related: relatedAt(d.migratedLocation ?? migratedPlace(d), `the migrations create ${d.migratedValue}`)
        });
      }
    }
  }
});
function relatedAt(location, message) {
  return location ? [{ file: location.file, line: location.line, column: location.column, message }] : [];
}
function ownerOf2(key, models) {
  return models.find((m) => !m.abstract && m.table === key && !m.inheritsTableFrom) ?? models.find((m) => m.table === key);
}

// rules/unimported-model.ts
var unimported_model_default = defineRule({
  id: "unimported-model",
  meta: {
    description: "A model class the registry never reaches, so the app and Alembic autogenerate never see it.",
    defaultSeverity: "warning"
  },
  messages: {
    unimported: "Model {{name}} ({{file}}) is never imported from the registry ({{roots}}), so the app and Alembic autogenerate never see it",
    unimportedUnmigrated: 'Model {{name}} ({{file}}) is never imported from the registry ({{roots}}), so the app and Alembic autogenerate never see it; its table "{{table}}" is not created by any migration either',
    unregistered: "Model {{name}} ({{file}}) is not registered by {{roots}}, so {{orm}} and its migration generator never see it",
    unregisteredUnmigrated: 'Model {{name}} ({{file}}) is not registered by {{roots}}, so {{orm}} and its migration generator never see it; its table "{{table}}" is not created by any migration either'
  },
  check(ctx) {
    const { models, registry, migratedSchema, defaultSchema, schemas } = ctx.facts;
    if (!models || !registry) return;
    const reachable = new Set(registry.reachableFiles);
    const orm = ctx.facts.modelCapabilities?.orm ?? null;
    const unused = registry.unusedImportFiles ?? [];
    const help = unused.length > 0 ? `${formatList(unused)} ${unused.length === 1 ? "has" : "have"} imports that only register models; linters such as ruff (F401) report them as unused and "fix" them away. Import the module there and keep it with __all__ or "# noqa: F401".` : ctx.facts.fixHints?.register ?? `Import it in ${formatList(registry.roots)} (the module, or the class) so SQLAlchemy registers it.`;
    for (const model of models) {
      if (model.abstract || reachable.has(model.location.file) && model.registered !== false) continue;
      const unmigrated = model.table !== null && migratedSchema !== null && ownsTable(model.table, schemas) && !migratedSchema.tables.has(model.table);
      const data = {
        name: model.className,
        file: model.location.file,
        roots: formatList(registry.roots),
        table: model.table ? displayTableName(model.table, defaultSchema) : ""
      };
      const at = { location: model.location, subject: model.className, help };
      if (orm) ctx.report({ messageId: unmigrated ? "unregisteredUnmigrated" : "unregistered", data: { ...data, orm }, ...at });
      else ctx.report({ messageId: unmigrated ? "unimportedUnmigrated" : "unimported", data, ...at });
    }
  }
});

// rules/support/unresolvedCauses.ts
var CAUSES = {
  "unknown-type": {
    what: (n) => `${n} ${n === 1 ? "column has a type" : "columns have types"} ormlint does not know`,
    consequence: "their types are not compared; their nullability, keys and defaults are"
  },
  "server-default": {
    what: (n) => `${n} server ${n === 1 ? "default is" : "defaults are"} computed by code ormlint does not run`,
    consequence: "only those defaults are not compared"
  },
  "computed-flag": {
    what: (n) => `${n} column ${n === 1 ? "setting" : "settings"} cannot be evaluated statically`,
    consequence: "only those facts of those columns are not compared"
  },
  "computed-attribute": {
    what: (n) => `${n} model ${n === 1 ? "attribute is" : "attributes are"} built by code ormlint does not run`,
    consequence: "columns they may make are not known, so columns found only in the migrations are not reported for those tables"
  },
  "unknown-base": {
    what: (n) => `${n} model ${n === 1 ? "class derives" : "classes derive"} from classes ormlint cannot read`,
    consequence: "columns those may add are not known, so columns found only in the migrations are not reported for those tables"
  },
  "computed-table-args": {
    what: (n) => `${n} table ${n === 1 ? "argument is" : "arguments are"} not something ormlint reads`,
    consequence: "constraints found only in the migrations are not reported for those tables"
  },
  "computed-foreign-key": {
    what: (n) => `${n} foreign ${n === 1 ? "key names its" : "keys name their"} target with an expression ormlint does not evaluate`,
    consequence: "those foreign keys are not compared"
  },
  "missing-table": {
    what: (n) => `${n} ${n === 1 ? "table is" : "tables are"} used by migrations that no earlier migration creates`,
    consequence: "what those statements do to them is not replayed (a misspelt name, or a chain that starts from a database made outside it: create_all, a dump)"
  },
  "undecided-condition": {
    what: (n) => `${n} \`if\` ${n === 1 ? "condition" : "conditions"} in upgrade() depend on the database at run time`,
    consequence: "each body is replayed as if its condition held, and the other branches mark their tables uncertain"
  },
  "unknown-operation": {
    what: (n) => `${n} migration ${n === 1 ? "operation is" : "operations are"} not something ormlint understands`,
    consequence: "what they do to the schema is not replayed"
  },
  "unevaluated-migration-code": {
    what: (n) => `${n} ${n === 1 ? "piece" : "pieces"} of migration code cannot be evaluated statically and name no table`,
    consequence: "what they do to the schema is not replayed"
  },
  "dynamic-model": {
    what: (n) => `${n} model ${n === 1 ? "class is" : "classes are"} built at run time (type(...) with a __tablename__)`,
    consequence: "tables with the names they may map are not reported as mapped by no model"
  },
  "splat-arguments": {
    what: (n) => `${n} ${n === 1 ? "column takes" : "columns take"} *args/**kwargs`,
    consequence: "only the existence of those columns is compared"
  }
};
var MAX_RELATED = 20;
var MAX_ITEMS = 6;
function groupByCause(problems) {
  const byCause = /* @__PURE__ */ new Map();
  const single = [];
  for (const problem of problems) {
    if (!problem.cause || !CAUSES[problem.cause] || (problem.tables?.length ?? 0) > 0) {
      single.push(problem);
      continue;
    }
    const list = byCause.get(problem.cause) ?? [];
    list.push(problem);
    byCause.set(problem.cause, list);
  }
  const groups = [];
  for (const [cause, list] of byCause) {
    const places = /* @__PURE__ */ new Map();
    for (const p of list) places.set(`${p.location.file}\0${p.location.line}\0${p.location.column}\0${p.item ?? p.message}`, p);
    const sorted = [...places.values()].sort(compareLocations);
    const first = sorted[0];
    const description = CAUSES[cause];
    const related2 = sorted.slice(1, MAX_RELATED + 1).map((p) => ({ file: p.location.file, line: p.location.line, column: p.location.column, message: p.message }));
    const unlisted = sorted.length - 1 - related2.length;
    const items = itemCounts(sorted);
    groups.push({
      cause,
      message: `${description.what(sorted.length)}${items ? `: ${items}` : ""}; ${description.consequence}${unlisted > 0 ? ` (${MAX_RELATED} places listed, ${unlisted} more)` : ""}`,
      location: first.location,
      related: related2
    });
  }
  return { groups, single };
}
function itemCounts(problems) {
  const counts = /* @__PURE__ */ new Map();
  for (const p of problems) if (p.item) counts.set(p.item, (counts.get(p.item) ?? 0) + 1);
  if (counts.size === 0) return "";
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const named = ordered.slice(0, MAX_ITEMS).map(([item, n]) => n > 1 ? `${item} \xD7${n}` : item);
  const rest = ordered.length - named.length;
  return rest > 0 ? `${named.join(", ")} and ${rest} more` : named.join(", ");
}
function compareLocations(a, b) {
  const fa = a.location.file;
  const fb = b.location.file;
  return (fa < fb ? -1 : fa > fb ? 1 : 0) || a.location.line - b.location.line || a.location.column - b.location.column;
}

// rules/unresolved.ts
var unresolved_default = defineRule({
  id: "unresolved",
  meta: {
    description: "Code that cannot be evaluated statically; the tables it touches are marked uncertain.",
    defaultSeverity: "notice"
  },
  messages: {
    unresolved: "{{message}}",
    cause: "{{message}}",
    unresolvedTables: "{{message}} (tables treated as uncertain: {{tables}})"
  },
  check(ctx) {
    const { defaultSchema } = ctx.facts;
    const uncertainTable = uncertainTables(ctx.facts.modelSchema, ctx.facts.migratedSchema);
    const { modelSchema, migratedSchema } = ctx.facts;
    const reportedMissing = (key) => !!modelSchema?.tables.has(key) && !!migratedSchema && !migratedSchema.tables.has(key) && !possiblyCreated(migratedSchema, key);
    const migrationFiles = new Set((ctx.facts.migrations ?? []).map((m) => m.file));
    const repeatsFinding = (problem) => !!problem.missingTable && reportedMissing(problem.missingTable) || migrationFiles.has(problem.location.file) && !!problem.tables?.length && problem.tables.every(reportedMissing);
    const { groups, single } = groupByCause(ctx.facts.problems.filter((p) => p.kind === "unresolved" && !repeatsFinding(p)));
    for (const group of groups) {
      ctx.report({ messageId: "cause", data: { message: group.message }, location: group.location, subject: group.cause, related: group.related });
    }
    for (const problem of single) {
      const named = problem.tables ?? [];
      const uncertain = [...new Set(named.flatMap((name) => uncertainTable(name) ?? []))].map((key) => displayTableName(key, defaultSchema));
      const first = named[0];
      ctx.report({
        messageId: uncertain.length > 0 ? "unresolvedTables" : "unresolved",
        data: { message: problem.message, tables: uncertain.join(", ") },
        location: problem.location,
        subject: first !== void 0 ? displayTableName(first, defaultSchema) : problem.location.file
      });
    }
  }
});
function uncertainTables(...schemas) {
  const bySpelling = /* @__PURE__ */ new Map();
  for (const schema of schemas) {
    for (const [key, table] of schema?.tables ?? []) {
      if (!table.uncertain) continue;
      for (const spelling of [key, `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`, quoteIdent(table.name)]) {
        if (!bySpelling.has(spelling)) bySpelling.set(spelling, key);
      }
    }
  }
  return (name) => bySpelling.get(name);
}

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  meta: {
    description: "An ormlint-disable comment that suppresses nothing or names an unknown rule.",
    defaultSeverity: "warning"
  },
  messages: {
    unused: "Suppression (ormlint-disable-{{kind}}) of {{rule}} suppresses nothing; remove it",
    unknownRule: 'Suppression names unknown rule "{{rule}}"; no such rule is configured'
  },
  check() {
  }
});

// rules/index.ts
var builtinRules = [
  duplicate_class_name_default,
  duplicate_table_name_default,
  unimported_model_default,
  missing_migration_default,
  orphan_table_default,
  schema_drift_default,
  foreign_key_target_default,
  model_base_default,
  migration_graph_default,
  migration_error_default,
  parse_error_default,
  config_default,
  unresolved_default,
  unused_suppression_default,
  internal_error_default
];

// src/config/schema.ts
var modelsSchema = {
  kind: "object",
  description: "The model side: where the ORM model classes live. Leave out for a migrations-only run.",
  properties: {
    orm: { kind: "enum", values: ORMS, default: "sqlalchemy", description: "The ORM the models are written for." },
    include: {
      kind: "stringList",
      items: "glob",
      nonEmpty: true,
      default: DEFAULT_MODEL_INCLUDE.sqlalchemy,
      description: "Globs of model files, relative to the project root (default depends on orm; sqlalchemy: app/models/**/*.py)."
    },
    exclude: {
      kind: "stringList",
      items: "gitignore",
      default: [],
      description: 'Files to leave out, in .gitignore syntax (a later "!pattern" re-includes).'
    },
    registry: {
      kind: "stringList",
      items: "path",
      description: "The module(s) whose imports define which models the app loads (default: the __init__.py at the start of the first include glob, app/models/__init__.py)."
    },
    bases: {
      kind: "stringList",
      items: "name",
      default: [],
      description: "Fully qualified declarative base classes, e.g. app.models.base.Base; found automatically when omitted."
    },
    tableNaming: {
      kind: "enum",
      values: TABLE_NAMINGS,
      default: "as-declared",
      description: "How a computed __tablename__ resolves: as-declared, or snake_case of the class name."
    },
    defaultSchema: {
      kind: "string",
      description: "The schema of model tables that name none, when it differs from where unqualified migration operations land (top-level defaultSchema): e.g. a chain that runs with search_path set to its own schema beside models shared with another chain."
    }
  }
};
var migrationsSchema = {
  kind: "object",
  description: "The migration side: where the migrations live. Leave out for a models-only run.",
  properties: {
    kind: {
      kind: "enum",
      values: MIGRATION_KINDS,
      description: "The migration tool (default: the one that goes with models.orm; alembic for sqlalchemy)."
    },
    include: {
      kind: "stringList",
      items: "glob",
      nonEmpty: true,
      default: DEFAULT_MIGRATION_INCLUDE.alembic,
      description: "Globs of migration files, relative to the project root (default depends on kind; alembic: migrations/versions/*.py and alembic/versions/*.py)."
    },
    exclude: {
      kind: "stringList",
      items: "gitignore",
      default: [],
      description: 'Files to leave out, in .gitignore syntax (a later "!pattern" re-includes).'
    }
  }
};
var configSchema = {
  kind: "object",
  description: "ormlint configuration: lints ORM models against their migrations.",
  properties: {
    models: modelsSchema,
    migrations: migrationsSchema,
    dialect: { kind: "enum", values: DIALECTS, default: "postgres", description: "The SQL dialect of the database." },
    defaultSchema: {
      kind: "string",
      default: "public",
      description: "The database schema that unqualified table names belong to."
    },
    schemas: {
      kind: "stringList",
      items: "name",
      nonEmpty: true,
      description: "The database schemas this config checks (e.g. [dispatch_core]); tables of other schemas are neither required nor reported. Default: every schema. For code bases whose model files hold the tables of several migration chains."
    },
    rules: {
      kind: "rules",
      description: 'Rule id \u2192 severity (error, warning, notice, off), or { severity, ...options }. Plugin rules are "plugin/rule".'
    },
    plugins: {
      kind: "stringList",
      items: "glob",
      default: [],
      description: "Paths (or globs) of JS modules exporting rules, relative to the project root. Runs repository code: opt-in."
    },
    baseline: {
      kind: "string",
      path: "path",
      description: "Baseline file of findings accepted as known debt; only new findings fail. Relative to the project root."
    },
    maxFileBytes: {
      kind: "integer",
      minimum: 1,
      default: DEFAULT_MAX_FILE_BYTES,
      description: "Files larger than this many bytes are skipped with a notice (default 1 MiB)."
    }
  }
};
function knownRules(definitions = builtinRules) {
  const byId = /* @__PURE__ */ new Map();
  for (const rule of DOCUMENTED_RULES) {
    byId.set(rule.id, { id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, defaultOptions: {} });
  }
  for (const rule of definitions) {
    byId.set(rule.id, {
      id: rule.id,
      description: rule.meta.description,
      defaultSeverity: rule.meta.defaultSeverity,
      options: rule.options,
      defaultOptions: { ...rule.defaultOptions ?? {} }
    });
  }
  return [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function isPluginRuleId(id) {
  return id.includes("/");
}

// src/config/validate.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";

// src/config/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => {
    const row = new Array(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}
function closestName2(input, candidates) {
  const wanted = input.toLowerCase();
  if (wanted.length === 0) return null;
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = wanted.length >= 3 && lower.startsWith(wanted) ? 1 : editDistance(wanted, lower);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// src/config/validate.ts
function validateConfigDocument(top, schema, ctx) {
  return validateObject(top, schema, "", ctx);
}
function validateNode(node, schema, keyPath, ctx, keyNode) {
  const value = resolve(node, ctx);
  switch (schema.kind) {
    case "object":
      return validateObject(value ?? keyNode, schema, keyPath, ctx, value === null);
    case "rules":
      return validateRules(value, keyPath, ctx, keyNode);
    case "string": {
      const text = expectString(value, keyPath, ctx, keyNode, "a string");
      return checkPath(text, schema.path ?? "name", keyPath, value ?? keyNode, ctx);
    }
    case "enum": {
      const text = expectString(value, keyPath, ctx, keyNode, `one of ${quoteList(schema.values)}`);
      if (!schema.values.includes(text)) {
        fail(ctx, value ?? keyNode, suggesting(`${keyPath} must be one of ${quoteList(schema.values)} (got "${text}")`, text, schema.values));
      }
      return text;
    }
    case "integer": {
      if (!value || !(0, import_yaml.isScalar)(value) || typeof value.value !== "number") {
        fail(ctx, value ?? keyNode, `${keyPath} must be a whole number (got ${describe(value)})`);
      }
      const number = value.value;
      if (!Number.isInteger(number) || number < schema.minimum) {
        fail(ctx, value, `${keyPath} must be a whole number of at least ${schema.minimum} (got ${number})`);
      }
      return number;
    }
    case "stringList": {
      if (!value || !(0, import_yaml.isSeq)(value)) {
        fail(ctx, value ?? keyNode, `${keyPath} must be a list of strings (got ${describe(value)})`);
      }
      if (schema.nonEmpty && value.items.length === 0) {
        fail(ctx, value, `${keyPath} is empty: list at least one ${schema.items === "name" ? "name" : "glob"}, or leave the key out for the default`);
      }
      return value.items.map((item, index) => {
        const itemPath = `${keyPath}[${index}]`;
        const itemNode = resolve(item, ctx);
        const text = expectString(itemNode, itemPath, ctx, value, "a string");
        return checkPath(text, schema.items, itemPath, itemNode ?? value, ctx);
      });
    }
  }
}
function validateObject(node, schema, keyPath, ctx, isEmpty = false) {
  if (isEmpty || !(0, import_yaml.isMap)(node)) {
    const what = keyPath === "" ? "the top level" : keyPath;
    fail(ctx, node, `${what} must be a mapping of keys (${Object.keys(schema.properties).join(", ")}) (got ${isEmpty ? "an empty value" : describe(node)})`);
  }
  const known = Object.keys(schema.properties);
  const result = {};
  for (const pair of node.items) {
    const keyNode = pair.key;
    const key = keyName(keyNode, keyPath, ctx, node);
    const child = schema.properties[key];
    if (!child) {
      const where = keyPath === "" ? "at top level" : `in ${keyPath}`;
      fail(ctx, keyNode ?? node, suggesting(`unknown key "${key}" ${where}`, key, known, `; known keys: ${known.join(", ")}`));
    }
    const childPath = keyPath === "" ? key : `${keyPath}.${key}`;
    result[key] = validateNode(pair.value, child, childPath, ctx, keyNode ?? node);
  }
  return result;
}
function validateRules(node, keyPath, ctx, keyNode) {
  if (!node || !(0, import_yaml.isMap)(node)) {
    fail(ctx, node ?? keyNode, `${keyPath} must be a mapping of rule id to severity or { severity, ...options } (got ${describe(node)})`);
  }
  const ids = ctx.rules.map((rule) => rule.id);
  const entries = /* @__PURE__ */ new Map();
  for (const pair of node.items) {
    const idNode = pair.key;
    const id = keyName(idNode, keyPath, ctx, node);
    const rulePath = `${keyPath}.${id}`;
    const rule = ctx.rules.find((candidate) => candidate.id === id);
    if (!rule && !isPluginRuleId(id)) {
      const otherwise = `. Built-in rules: ${ids.join(", ")}; plugin rules are written "plugin/rule".`;
      fail(ctx, idNode ?? node, suggesting(`"${rulePath}" is not a rule`, id, ids, otherwise));
    }
    entries.set(id, validateRuleEntry(resolve(pair.value, ctx), rule ?? null, id, rulePath, ctx, idNode ?? node));
  }
  return entries;
}
function validateRuleEntry(node, rule, id, rulePath, ctx, keyNode) {
  if (node && (0, import_yaml.isScalar)(node) && typeof node.value === "string") {
    return { severity: checkSeverity(node.value, rulePath, node, ctx), options: {} };
  }
  if (!node || !(0, import_yaml.isMap)(node)) {
    fail(ctx, node ?? keyNode, `${rulePath} must be a severity (${quoteList(SEVERITIES)}) or a mapping { severity, ...options } (got ${describe(node)})`);
  }
  let severity = null;
  const options = {};
  const optionNames = rule?.options ? Object.keys(rule.options.properties) : [];
  for (const pair of node.items) {
    const keyNodeOfOption = pair.key;
    const name = keyName(keyNodeOfOption, rulePath, ctx, node);
    const valueNode = resolve(pair.value, ctx);
    const optionPath = `${rulePath}.${name}`;
    if (name === "severity") {
      severity = checkSeverity(expectString(valueNode, optionPath, ctx, keyNodeOfOption ?? node, `one of ${quoteList(SEVERITIES)}`), optionPath, valueNode ?? node, ctx);
      continue;
    }
    if (!rule?.options) {
      if (closestName2(name, ["severity"])) fail(ctx, keyNodeOfOption ?? node, suggesting(`unknown option "${name}" in ${rulePath}`, name, ["severity"]));
      options[name] = valueNode ? pluginOptionValue(ctx, valueNode, `${rulePath}.${name}`) : null;
      continue;
    }
    const property = rule.options.properties[name];
    if (!property) {
      const candidates = ["severity", ...optionNames];
      fail(ctx, keyNodeOfOption ?? node, suggesting(`unknown option "${name}" in ${rulePath}`, name, candidates, `. Known options: ${candidates.join(", ")}.`));
    }
    options[name] = validateOption(valueNode, property, optionPath, ctx, keyNodeOfOption ?? node);
  }
  if (severity === null && isPluginRuleId(id)) {
    fail(ctx, node, `${rulePath} needs a severity (${quoteList(SEVERITIES)}): a plugin rule's default is not known before the plugin loads`);
  }
  return { severity, options };
}
function validateOption(node, schema, keyPath, ctx, keyNode) {
  switch (schema.type) {
    case "string": {
      const text = expectString(node, keyPath, ctx, keyNode, schema.enum ? `one of ${quoteList(schema.enum)}` : "a string");
      if (schema.enum && !schema.enum.includes(text)) {
        fail(ctx, node ?? keyNode, suggesting(`${keyPath} must be one of ${quoteList(schema.enum)} (got "${text}")`, text, schema.enum));
      }
      return text;
    }
    case "boolean":
      if (!node || !(0, import_yaml.isScalar)(node) || typeof node.value !== "boolean") {
        fail(ctx, node ?? keyNode, `${keyPath} must be true or false (got ${describe(node)})`);
      }
      return node.value;
    case "number":
      if (!node || !(0, import_yaml.isScalar)(node) || typeof node.value !== "number") {
        fail(ctx, node ?? keyNode, `${keyPath} must be a number (got ${describe(node)})`);
      }
      return node.value;
    case "array": {
      if (!node || !(0, import_yaml.isSeq)(node)) {
        fail(ctx, node ?? keyNode, `${keyPath} must be a list of ${pluralOf(schema.items)} (got ${describe(node)})`);
      }
      return node.items.map((item, index) => validateOption(resolve(item, ctx), schema.items, `${keyPath}[${index}]`, ctx, node));
    }
  }
}
function checkSeverity(text, keyPath, node, ctx) {
  if (!SEVERITIES.includes(text)) {
    fail(ctx, node, suggesting(`${keyPath} must be one of ${quoteList(SEVERITIES)} (got "${text}")`, text, SEVERITIES));
  }
  return text;
}
function checkPath(text, kind, keyPath, node, ctx) {
  if (text.trim() === "") fail(ctx, node, `${keyPath} must not be empty`);
  if (kind === "name") return text;
  if (kind === "gitignore") {
    const pattern = text.startsWith("!") ? text.slice(1) : text;
    if (pattern.split("/").includes("..")) {
      fail(ctx, node, `${keyPath} "${text}" reaches outside the project root: exclude patterns are relative to the root and may not contain ".."`);
    }
    return text;
  }
  if (text.startsWith("!")) {
    fail(ctx, node, `${keyPath} "${text}" starts with "!": list files to leave out under an exclude key instead`);
  }
  const relative = path.isAbsolute(text) ? path.relative(ctx.root, text).split(path.sep).join("/") : text;
  const normalized = path.posix.normalize(relative);
  if (normalized === ".." || normalized.startsWith("../") || path.isAbsolute(normalized)) {
    fail(ctx, node, `${keyPath} "${text}" is outside the project root ${ctx.root}: paths are relative to the root and may not leave it`);
  }
  return normalized;
}
function expectString(node, keyPath, ctx, fallback, expected) {
  if (!node || !(0, import_yaml.isScalar)(node) || typeof node.value !== "string") {
    fail(ctx, node ?? fallback, `${keyPath} must be ${expected} (got ${describe(node)})`);
  }
  return node.value;
}
function keyName(keyNode, keyPath, ctx, parent) {
  if (keyNode && (0, import_yaml.isScalar)(keyNode) && keyNode.value !== null && typeof keyNode.value !== "object") {
    return String(keyNode.value);
  }
  fail(ctx, keyNode ?? parent, `${keyPath === "" ? "the top level" : keyPath} has a key that is not a plain name (got ${describe(keyNode)})`);
}
function resolve(node, ctx) {
  let current = node;
  for (let hops = 0; current && (0, import_yaml.isAlias)(current) && hops < 100; hops++) {
    current = current.resolve(ctx.doc) ?? null;
  }
  if (current && (0, import_yaml.isScalar)(current) && current.value === null) return null;
  return current;
}
function describe(node) {
  if (!node) return "an empty value";
  if ((0, import_yaml.isMap)(node)) return "a mapping";
  if ((0, import_yaml.isSeq)(node)) return "a list";
  if ((0, import_yaml.isScalar)(node)) {
    switch (typeof node.value) {
      case "string":
        return "a string";
      case "number":
      case "bigint":
        return "a number";
      case "boolean":
        return "a boolean";
      default:
        return node.value === null ? "an empty value" : "a value of another type";
    }
  }
  return "a value of another type";
}
function pluralOf(schema) {
  switch (schema.type) {
    case "string":
      return schema.enum ? `strings (${quoteList(schema.enum)})` : "strings";
    case "boolean":
      return "booleans";
    case "number":
      return "numbers";
    case "array":
      return "lists";
  }
}
function suggesting(message, input, candidates, otherwise = "") {
  const match = closestName2(input, candidates);
  return match === null ? `${message}${otherwise}` : `${message}. Did you mean "${match}"?`;
}
function quoteList(values) {
  return values.map((value) => `"${value}"`).join(", ");
}
function pluginOptionValue(ctx, valueNode, optionPath) {
  try {
    return valueNode.toJS(ctx.doc);
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    fail(ctx, valueNode, `${optionPath} cannot be read: ${why} (YAML aliases expand to too much data)`);
  }
}
function fail(ctx, node, message) {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = ctx.lineCounter.linePos(offset);
  throw new ConfigError(`${ctx.displayFile}:${line}:${col}: ${message}`, ctx.displayFile, line, col);
}

// src/config/load.ts
function loadConfig(options) {
  const cwd = path2.resolve(options.cwd);
  const file = findConfigFile(options.configPath, cwd);
  const root = resolveRoot(options.root, file, cwd);
  checkRootStaysInside(root, path2.resolve(cwd, options.boundary ?? cwd));
  const rules = knownRules(options.ruleDefinitions);
  if (!file) return buildConfig({ models: {}, migrations: {} }, null, root, rules);
  const displayFile = displayPath(file, cwd);
  const text = readConfigText(file, displayFile, root);
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: false });
  const ctx = { doc, lineCounter, displayFile, root, rules };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    const message = yamlError.message.split("\n")[0];
    throw new ConfigError(`${displayFile}:${line}:${col}: invalid YAML: ${message}`, displayFile, line, col);
  }
  if (doc.contents === null || doc.contents.value === null) {
    fail(ctx, null, 'the config file is empty: configure "models" and/or "migrations", or delete the file to use the defaults');
  }
  const raw = validateConfigDocument(doc.contents, configSchema, ctx);
  return { ...buildConfig(raw, file, root, rules), keyPositions: keyPositions(doc, lineCounter) };
}
var POSITIONED_KEYS = ["models", "models.include", "models.registry", "migrations", "migrations.include"];
function keyPositions(doc, lineCounter) {
  const out = {};
  for (const key of POSITIONED_KEYS) {
    const node = doc.getIn(key.split("."), true);
    const offset = node?.range?.[0];
    if (offset === void 0) continue;
    const { line, col } = lineCounter.linePos(offset);
    out[key] = { line, column: col };
  }
  return out;
}
function findConfigFile(configPath, cwd) {
  if (configPath !== void 0) return path2.resolve(cwd, configPath);
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path2.join(cwd, name);
    if (fs.existsSync(candidate)) return candidate;
    if (isSymbolicLink(candidate)) {
      throw new ConfigError(`${name}: is a symbolic link to ${fs.readlinkSync(candidate)}, which does not exist; fix or remove the link`, name);
    }
  }
  return null;
}
function resolveRoot(rootOption, file, cwd) {
  if (rootOption === void 0) return file ? path2.dirname(file) : cwd;
  const root = path2.resolve(cwd, rootOption);
  let isDirectory = false;
  try {
    isDirectory = fs.statSync(root).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new ConfigError(`--root ${rootOption}: no such folder`);
  return root;
}
function isSymbolicLink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
function readConfigText(file, displayFile, root) {
  const area = isInside(root, file) ? root : path2.dirname(file);
  const read = readConfinedFileSync(area, file, CONFIG_MAX_BYTES);
  if (read.kind === "ok") return read.text;
  if (read.kind === "missing") throw new ConfigError(`${displayFile}: config file not found`, displayFile);
  if (read.kind === "not-a-file" && isFolder(file)) throw new ConfigError(`${displayFile}: is a folder, not a config file`, displayFile);
  throw new ConfigError(`${displayFile}: ${describeReadFailure(read, "the config file")}`, displayFile);
}
function isFolder(file) {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
function checkRootStaysInside(root, boundary) {
  if (!isInside(boundary, root)) return;
  let rootReal;
  let boundaryReal;
  try {
    rootReal = fs.realpathSync(root);
    boundaryReal = fs.realpathSync(boundary);
  } catch {
    return;
  }
  if (!isInside(boundaryReal, rootReal)) {
    throw new ConfigError(`the project root ${displayPath(root, boundary)} is a symbolic link to a folder outside ${boundary}; ormlint reads only files under it`);
  }
}
function displayPath(file, cwd) {
  const relative = path2.relative(cwd, file);
  const outside = relative === ".." || relative.startsWith(`..${path2.sep}`) || path2.isAbsolute(relative);
  return outside ? file : relative.split(path2.sep).join("/");
}
function buildConfig(raw, file, root, rules) {
  const models = raw.models ? buildModels(raw.models) : null;
  const migrations = raw.migrations ? buildMigrations(raw.migrations, models?.orm ?? "sqlalchemy") : null;
  return {
    file,
    root,
    models,
    migrations,
    dialect: "postgres",
    defaultSchema: raw.defaultSchema ?? "public",
    schemas: raw.schemas ?? null,
    rules: buildRules(raw.rules ?? /* @__PURE__ */ new Map(), rules),
    plugins: raw.plugins ?? [],
    baseline: raw.baseline ?? null,
    maxFileBytes: raw.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  };
}
function buildModels(raw) {
  const orm = raw.orm ?? "sqlalchemy";
  const include = raw.include ?? DEFAULT_MODEL_INCLUDE[orm];
  return {
    orm,
    include,
    exclude: raw.exclude ?? [],
    registry: raw.registry ?? defaultRegistry(orm, include),
    bases: raw.bases ?? [],
    tableNaming: raw.tableNaming ?? "as-declared",
    ...typeof raw.defaultSchema === "string" ? { defaultSchema: raw.defaultSchema } : {}
  };
}
function defaultRegistry(orm, include) {
  if (orm !== "sqlalchemy" || include.length === 0) return [];
  if (include === DEFAULT_MODEL_INCLUDE.sqlalchemy) return [DEFAULT_SQLALCHEMY_REGISTRY];
  const scan = import_picomatch4.default.scan(include[0]);
  if (!scan.isGlob) return scan.base.endsWith(".py") ? [scan.base] : [];
  return scan.base === "" ? [] : [`${scan.base}/__init__.py`];
}
function buildMigrations(raw, orm) {
  const kind = raw.kind ?? DEFAULT_MIGRATION_KIND[orm];
  return {
    kind,
    include: raw.include ?? DEFAULT_MIGRATION_INCLUDE[kind],
    exclude: raw.exclude ?? []
  };
}
function buildRules(configured, rules) {
  const result = {};
  for (const rule of rules) {
    const entry = configured.get(rule.id);
    result[rule.id] = {
      severity: entry?.severity ?? rule.defaultSeverity,
      options: { ...rule.defaultOptions, ...entry?.options ?? {} }
    };
  }
  for (const [id, entry] of configured) {
    if (!isPluginRuleId(id) || entry.severity === null) continue;
    result[id] = { severity: entry.severity, options: entry.options };
  }
  return result;
}

// src/engine/baseline.ts
import path3 from "node:path";
function readBaseline(root, file) {
  const abs = path3.resolve(root, file);
  if (!isInside(path3.resolve(root), abs)) throw new ConfigError(`baseline ${file} is outside the project root; ormlint reads only files under the root`, abs);
  const read = readConfinedFileSync(root, abs, BASELINE_MAX_BYTES);
  if (read.kind === "missing") return null;
  if (read.kind !== "ok") throw new ConfigError(describeReadFailure(read, `baseline ${file}`), abs);
  let parsed;
  try {
    parsed = JSON.parse(read.text);
  } catch (error) {
    const where = /at position \d+(?: \(line \d+ column \d+\))?/.exec(error.message)?.[0];
    throw new ConfigError(`baseline ${file} is not valid JSON${where ? ` (${where})` : ""}; regenerate it with "ormlint baseline"`, abs);
  }
  const data = parsed;
  if (!data || typeof data !== "object" || data.version !== 1 || !data.fingerprints || typeof data.fingerprints !== "object") {
    throw new ConfigError(`baseline ${file} is not an ormlint baseline (expected { "version": 1, "fingerprints": {...} }); regenerate it with "ormlint baseline"`, abs);
  }
  const entries = data.fingerprints;
  return { fingerprints: new Set(Object.keys(entries)), entries };
}
function applyBaseline(diagnostics, baseline) {
  const kept = diagnostics.filter((d) => !baseline.fingerprints.has(d.fingerprint));
  return { kept, baselined: diagnostics.length - kept.length };
}
function baselineJson(diagnostics) {
  const sorted = [...diagnostics].sort((a, b) => compareText(a.fingerprint, b.fingerprint));
  const fingerprints2 = {};
  for (const d of sorted) fingerprints2[d.fingerprint] = { ruleId: d.ruleId, file: d.file, subject: d.subject };
  return `${JSON.stringify({ version: 1, fingerprints: fingerprints2 }, null, 2)}
`;
}
function writeBaseline(root, file, diagnostics) {
  const abs = path3.resolve(root, file);
  if (!isInside(path3.resolve(root), abs)) throw new ConfigError(`baseline ${file} is outside the project root; ormlint writes the baseline only under the root`);
  try {
    writeConfinedFileSync(abs, baselineJson(diagnostics), [{ dir: root, label: "the project root" }]);
  } catch (error) {
    if (error instanceof ConfinementError) throw new ConfigError(`baseline ${file}: ${error.message}`);
    throw error;
  }
  return abs;
}

// src/engine/diagnostic.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };

// src/report/logSafe.ts
var UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function unicodeEscape(ch) {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function escapeUnsafeCharacters(text) {
  return text.replace(UNSAFE, unicodeEscape);
}
function neutraliseWorkflowCommands(text) {
  return text.replace(/##\[/g, "#\\u0023[").replace(/(^|[\r\n])([\s\u0085]*):(?=:)/g, "$1$2\\u003a");
}
function logSafeText(text) {
  return neutraliseWorkflowCommands(escapeUnsafeCharacters(text.replace(/\r\n?/g, "\n")));
}
function logSafeJson(json) {
  return json.replace(UNSAFE, unicodeEscape).replace(/::/g, ":\\u003a").replace(/##\[/g, "#\\u0023[");
}

// src/version.ts
var VERSION = "0.1.0";

// src/report/paths.ts
function withPrefix(file, pathPrefix) {
  const prefix = normalizePrefix(pathPrefix);
  if (!file || !prefix) return file;
  return `${prefix}/${file}`;
}
function normalizePrefix(pathPrefix) {
  if (!pathPrefix) return "";
  const parts = pathPrefix.split("\\").join("/").split("/").filter((p) => p !== "" && p !== ".");
  return parts.join("/");
}

// src/report/github.ts
function formatGithub(result, options = {}) {
  return result.diagnostics.map((d) => workflowCommand(d, options) + "\n").join("");
}
function workflowCommand(d, options = {}) {
  const properties = annotationProperties(d, options);
  const rendered = Object.entries(properties).filter(([, value]) => value !== void 0 && value !== "").map(([key, value]) => `${key}=${escapeCommandProperty(escapeUnsafeCharacters(String(value)))}`).join(",");
  const message = escapeUnsafeCharacters(d.help ? `${d.message}
help: ${d.help}` : d.message);
  return `::${d.severity}${rendered ? " " + rendered : ""}::${escapeCommandData(message)}`;
}
function annotationProperties(d, options) {
  const properties = { file: withPrefix(d.file, options.pathPrefix) };
  if (!isPosition(d.line)) return { ...properties, title: d.ruleId };
  properties.line = d.line;
  if (isPosition(d.endLine) && d.endLine >= d.line) properties.endLine = d.endLine;
  const sameLine = properties.endLine === void 0 || properties.endLine === d.line;
  if (sameLine && isPosition(d.column)) {
    properties.col = d.column;
    if (properties.endLine !== void 0 && isPosition(d.endColumn) && d.endColumn >= d.column) properties.endColumn = d.endColumn;
  }
  properties.title = d.ruleId;
  return properties;
}
function isPosition(n) {
  return n !== void 0 && Number.isInteger(n) && n >= 1;
}
function escapeCommandData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(s) {
  return escapeCommandData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/report/severityCounts.ts
function countSeverities(diagnostics) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

// src/report/json.ts
function formatJson(result) {
  const { files, models, tables, migrations } = result.stats;
  const report = {
    tool: "ormlint",
    version: VERSION,
    diagnostics: result.diagnostics.map(diagnosticJson),
    summary: { ...countSeverities(result.diagnostics), baselined: result.baselined },
    stats: { files, models, tables, migrations }
  };
  return logSafeJson(JSON.stringify(report, null, 2)) + "\n";
}
function diagnosticJson(d) {
  const json = {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    subject: d.subject,
    related: d.related.map(relatedJson),
    fingerprint: d.fingerprint
  };
  if (d.help) json.help = d.help;
  if (d.docsUrl) json.docsUrl = d.docsUrl;
  return json;
}
function relatedJson(r) {
  const json = { file: r.file, line: r.line };
  if (r.column !== void 0) json.column = r.column;
  json.message = r.message;
  return json;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/ormlint/ormlint";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "ormlint/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function formatSarif(result, options = {}) {
  const descriptors = ruleDescriptors(result.rules, result.diagnostics);
  const index = new Map(descriptors.map((rule, i) => [rule.id, i]));
  const srcRoot = sourceRootUri(result.config.root, options.pathPrefix);
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "ormlint", version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: descriptors }
        },
        ...srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: srcRoot } } } : {},
        // Columns come from JavaScript strings (tree-sitter and libpg-query positions mapped to
        // string indices), so they count UTF-16 code units, as ESLint's do.
        columnKind: "utf16CodeUnits",
        results: result.diagnostics.map((d) => sarifResult(d, index.get(d.ruleId) ?? 0, options))
      }
    ]
  };
  return logSafeJson(JSON.stringify(log, null, 2)) + "\n";
}
function ruleDescriptors(rules, diagnostics) {
  const descriptors = rules.map((rule) => descriptor(rule.id, rule.docsUrl, rule.description, rule.defaultSeverity));
  const known = new Set(descriptors.map((r) => r.id));
  for (const d of diagnostics) {
    if (known.has(d.ruleId)) continue;
    known.add(d.ruleId);
    descriptors.push(descriptor(d.ruleId, d.docsUrl, void 0, void 0));
  }
  return descriptors;
}
function descriptor(id, url, description, severity) {
  const text = description || `ormlint rule ${id}`;
  const rule = { id, shortDescription: { text }, fullDescription: { text } };
  if (url) {
    rule.helpUri = url;
    rule.help = { text: `Documentation: ${url}`, markdown: `[${id} documentation](${url})` };
  }
  if (severity) rule.defaultConfiguration = { level: LEVEL[severity] };
  return rule;
}
function sarifResult(d, ruleIndex, options) {
  const result = {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.help ? `${d.message}
help: ${d.help}` : d.message }
  };
  if (d.file) result.locations = [{ physicalLocation: physicalLocation(d.file, region(d), options) }];
  if (d.related.length > 0) result.relatedLocations = d.related.map((r, i) => relatedLocation(r, i + 1, options));
  if (d.fingerprint) result.partialFingerprints = { [FINGERPRINT_KEY]: d.fingerprint };
  if (d.subject) result.properties = { subject: d.subject };
  return result;
}
function relatedLocation(r, id, options) {
  const start = { startLine: Math.max(1, r.line) };
  if (r.column !== void 0 && r.column >= 1) start.startColumn = r.column;
  return { id, physicalLocation: physicalLocation(r.file, start, options), message: { text: r.message } };
}
function physicalLocation(file, where, options) {
  return { artifactLocation: { uri: relativeUri(withPrefix(file, options.pathPrefix)), uriBaseId: SRCROOT }, region: where };
}
function region(d) {
  const r = { startLine: Math.max(1, d.line) };
  if (d.column >= 1) r.startColumn = d.column;
  if (d.endLine >= r.startLine) {
    r.endLine = d.endLine;
    const columnsAgree = d.endLine > r.startLine || r.startColumn !== void 0 && d.endColumn >= r.startColumn;
    if (d.endColumn >= 1 && columnsAgree) r.endColumn = d.endColumn;
  }
  return r;
}
function relativeUri(path7) {
  return path7.split("/").map(encodeURIComponent).join("/");
}
function sourceRootUri(root, pathPrefix) {
  let segments = root.split("\\").join("/").split("/");
  const prefix = normalizePrefix(pathPrefix);
  if (prefix) {
    const tail = prefix.split("/");
    while (segments.length > 1 && segments[segments.length - 1] === "") segments.pop();
    const end = segments.slice(-tail.length);
    if (end.length !== tail.length || end.some((s, i) => s !== tail[i])) return null;
    segments = segments.slice(0, -tail.length);
  }
  const path7 = segments.filter((s, i) => s !== "" || i === 0).map((s, i) => i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s));
  const joined = path7.join("/");
  const absolute = joined.startsWith("/") ? joined : `/${joined}`;
  return `file://${absolute.endsWith("/") ? absolute : absolute + "/"}`;
}

// src/report/terminal.ts
function palette(color) {
  const sgr = (open, close) => (s) => color && s !== "" ? `\x1B[${open}m${s}\x1B[${close}m` : s;
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green: sgr(32, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22),
    underline: sgr(4, 24)
  };
}
function terminalLines(text) {
  return escapeUnsafeCharacters(text.replace(/\r\n?/g, "\n").replace(/\t/g, " ")).split("\n");
}
function terminalLine(text) {
  return terminalLines(text).join("\u23CE");
}
var ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
var EMOJI = new RegExp("\\p{Emoji_Presentation}", "u");
function displayWidth(s) {
  let width = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += isWide(ch.codePointAt(0) ?? 0) || EMOJI.test(ch) ? 2 : 1;
  }
  return width;
}
function padEndDisplay(s, width) {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}
function isWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 12350 || cp >= 12353 && cp <= 13311 || cp >= 13312 && cp <= 19903 || cp >= 19968 && cp <= 40959 || cp >= 40960 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 131072 && cp <= 262141;
}

// src/report/text.ts
var SUMMARISED_NOTICES = 5;
var NOTICE_TEXT_WIDTH = 110;
var SEVERITY_WIDTH = "warning".length;
var INDENT = "  ";
var GAP = "  ";
function formatText(result, options = {}) {
  const paint = palette(options.color === true);
  const out = [];
  const listed = options.verbose ? result.diagnostics : result.diagnostics.filter((d) => d.severity !== "notice");
  for (const [file, diagnostics] of groupByFile(listed)) {
    out.push(paint.underline(file === "" ? "(no file)" : terminalLine(file)));
    out.push(...fileBlock(diagnostics, paint), "");
  }
  if (!options.verbose) out.push(...noticeSummary(result.diagnostics.filter((d) => d.severity === "notice"), paint));
  out.push(...docsBlock(listed, paint));
  out.push(verdict(countSeverities(result.diagnostics), result.baselined, paint));
  return neutraliseWorkflowCommands(out.join("\n") + "\n");
}
function groupByFile(diagnostics) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}
function fileBlock(diagnostics, paint) {
  const rows = diagnostics.map((d) => ({ d, position: `${d.line}:${d.column}`, message: terminalLines(d.message) }));
  const positionWidth = Math.max(...rows.map((r) => r.position.length));
  const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message[0])));
  const hang = " ".repeat(INDENT.length + positionWidth + GAP.length + SEVERITY_WIDTH + GAP.length);
  const lines = [];
  for (const { d, position, message } of rows) {
    const severity = paintSeverity(d.severity.padEnd(SEVERITY_WIDTH), d.severity, paint);
    lines.push(
      INDENT + paint.dim(position.padEnd(positionWidth)) + GAP + severity + GAP + padEndDisplay(message[0], messageWidth) + GAP + paint.dim(terminalLine(d.ruleId))
    );
    for (const more of message.slice(1)) lines.push(hang + more);
    if (d.help) lines.push(...hanging(hang, "help: ", terminalLines(d.help)));
    for (const related2 of d.related) {
      const [first, ...rest] = terminalLines(related2.message);
      lines.push(...hanging(hang, "\u21B3 ", [`${relatedPlace(related2, paint)} ${first}`, ...rest]));
    }
  }
  return lines.map((line) => line.trimEnd());
}
function hanging(hang, prefix, [first, ...rest]) {
  const under = hang + " ".repeat(displayWidth(prefix));
  return [hang + prefix + first, ...rest.map((line) => under + line)];
}
function relatedPlace(related2, paint) {
  const position = related2.column ? `${related2.line}:${related2.column}` : `${related2.line}`;
  return `${terminalLine(related2.file)}${paint.dim(`:${position}`)}`;
}
function paintSeverity(text, severity, paint) {
  if (severity === "error") return paint.red(text);
  if (severity === "warning") return paint.yellow(text);
  return paint.blue(text);
}
function noticeSummary(notices, paint) {
  if (notices.length === 0) return [];
  const lines = [paint.blue(`${plural(notices.length, "notice")} (what ormlint could not evaluate; --verbose lists each where it occurs):`)];
  for (const d of notices.slice(0, SUMMARISED_NOTICES)) {
    const message = terminalLine(d.message.replace(/\s+/gu, " "));
    const short = message.length > NOTICE_TEXT_WIDTH ? `${message.slice(0, NOTICE_TEXT_WIDTH - 1)}\u2026` : message;
    lines.push(`${INDENT}${paint.dim(`${terminalLine(d.file)}:${d.line}`)}${GAP}${short}`);
  }
  if (notices.length > SUMMARISED_NOTICES) lines.push(`${INDENT}\u2026 and ${notices.length - SUMMARISED_NOTICES} more`);
  return [...lines, ""];
}
function docsBlock(diagnostics, paint) {
  const urls = /* @__PURE__ */ new Map();
  for (const d of diagnostics) if (d.docsUrl && !urls.has(d.ruleId)) urls.set(d.ruleId, d.docsUrl);
  if (urls.size === 0) return [];
  const ids = [...urls.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const idWidth = Math.max(...ids.map((id) => displayWidth(terminalLine(id))));
  return [
    "Rule docs:",
    ...ids.map((id) => INDENT + padEndDisplay(terminalLine(id), idWidth) + GAP + paint.dim(terminalLine(urls.get(id) ?? ""))),
    ""
  ];
}
function verdict(counts, baselined, paint) {
  const total = counts.error + counts.warning + counts.notice;
  const hidden = baselined > 0 ? `, ${plural(baselined, "baselined finding")} not shown` : "";
  if (total === 0) return paint.green(paint.bold("\u2714 no problems")) + hidden;
  const line = `\u2716 ${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")})`;
  const colour = counts.error > 0 ? paint.red : counts.warning > 0 ? paint.yellow : paint.blue;
  return colour(paint.bold(line)) + hidden;
}
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/report/index.ts
var reporters = {
  text: (result, options) => formatText(result, { color: options?.color, verbose: options?.verbose }),
  json: (result) => formatJson(result),
  sarif: (result, options) => formatSarif(result, { pathPrefix: options?.pathPrefix }),
  github: (result, options) => formatGithub(result, { pathPrefix: options?.pathPrefix })
};

// src/run.ts
import { createHash as createHash3 } from "node:crypto";
import path6 from "node:path";

// src/engine/plugins.ts
import { realpathSync } from "node:fs";
import path4 from "node:path";
import { pathToFileURL } from "node:url";
var SEVERITIES2 = /* @__PURE__ */ new Set(["error", "warning", "notice"]);
async function loadPlugins(config, builtinIds) {
  const loaded = [];
  const taken = new Set(builtinIds);
  for (const entry of config.plugins) {
    const abs = confinedPath(config.root, entry);
    let mod;
    try {
      mod = await import(pathToFileURL(abs).href);
    } catch (error) {
      throw new ConfigError(`plugin "${entry}" could not be loaded: ${error.message}`, config.file);
    }
    for (const rule of rulesOf(mod, entry, config)) {
      if (!rule.id.includes("/")) {
        throw new ConfigError(`plugin "${entry}" defines rule "${rule.id}"; plugin rule ids are written "<plugin>/<rule>", e.g. "acme/${rule.id}"`, config.file);
      }
      if (taken.has(rule.id)) {
        throw new ConfigError(`plugin "${entry}" defines rule "${rule.id}", which another plugin already defines`, config.file);
      }
      taken.add(rule.id);
      loaded.push(rule);
    }
  }
  return loaded;
}
function confinedPath(root, entry) {
  const abs = path4.resolve(root, entry);
  let real;
  try {
    real = realpathSync(abs);
  } catch {
    throw new ConfigError(`plugin "${entry}" not found (looked for ${abs})`);
  }
  const rel = path4.relative(realpathSync(root), real);
  if (rel.startsWith("..") || path4.isAbsolute(rel)) {
    throw new ConfigError(`plugin "${entry}" is outside the project root; plugins must live in the repository`);
  }
  return real;
}
function rulesOf(mod, entry, config) {
  const exported = mod.default ?? mod;
  const candidates = Array.isArray(exported?.rules) ? exported.rules : Array.isArray(mod.rules) ? mod.rules : [exported];
  return candidates.map((candidate, index) => {
    const problem = ruleShapeProblem(candidate);
    if (problem) throw new ConfigError(`plugin "${entry}" rule #${index + 1}: ${problem}`, config.file);
    return candidate;
  });
}
function ruleShapeProblem(value) {
  if (!value || typeof value !== "object") return "not a rule object (expected defineRule({ id, meta, messages, check }))";
  const rule = value;
  if (typeof rule.id !== "string" || rule.id.trim() === "") return 'missing a string "id"';
  if (!rule.meta || typeof rule.meta.description !== "string") return `rule "${rule.id}" needs meta.description`;
  if (!SEVERITIES2.has(rule.meta.defaultSeverity)) return `rule "${rule.id}" needs meta.defaultSeverity: error | warning | notice`;
  if (!rule.messages || typeof rule.messages !== "object") return `rule "${rule.id}" needs a messages object`;
  if (typeof rule.check !== "function") return `rule "${rule.id}" needs a check(ctx, options) function`;
  return null;
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprints(keys) {
  const seen = /* @__PURE__ */ new Map();
  return keys.map((key) => {
    const base = [key.ruleId, key.subject, key.file, key.messageId].join("\0");
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return createHash("sha256").update(`${base}\0${occurrence}`).digest("hex").slice(0, 16);
  });
}

// src/engine/report.ts
function activateRule(definition, config, builtin) {
  const configured = config.rules[definition.id];
  return {
    definition,
    info: {
      id: definition.id,
      description: definition.meta.description,
      defaultSeverity: definition.meta.defaultSeverity,
      docsUrl: builtin ? docsUrl(definition.id) : definition.meta.docsUrl ?? ""
    },
    severity: configured?.severity ?? definition.meta.defaultSeverity,
    options: { ...definition.defaultOptions ?? {}, ...configured?.options ?? {} }
  };
}
function toDiagnostics(reports) {
  const enabled = reports.filter(({ rule }) => rule.severity !== "off");
  const sorted = [...enabled].sort((a, b) => compareText(a.report.location.file, b.report.location.file) || a.report.location.line - b.report.location.line || a.report.location.column - b.report.location.column || compareText(a.rule.info.id, b.rule.info.id));
  const prints = fingerprints(sorted.map(({ rule, report }) => ({
    ruleId: rule.info.id,
    subject: report.subject,
    file: report.location.file,
    messageId: report.messageId
  })));
  return sorted.map(({ rule, report }, i) => toDiagnostic(rule, report, prints[i]));
}
function toDiagnostic(rule, report, fingerprint) {
  const { location } = report;
  const template = rule.definition.messages[report.messageId] ?? report.messageId;
  const diagnostic = {
    ruleId: rule.info.id,
    severity: rule.severity,
    message: fillTemplate(template, report.data),
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine ?? location.line,
    endColumn: location.endColumn ?? location.column + 1,
    subject: report.subject,
    related: report.related ?? [],
    fingerprint,
    docsUrl: rule.info.docsUrl,
    messageId: report.messageId
  };
  if (report.data) diagnostic.data = report.data;
  if (report.help) diagnostic.help = report.help;
  return diagnostic;
}

// src/engine/runner.ts
var INTERNAL_ERROR_ID = internal_error_default.id;
async function loadRules(config, extraRules = []) {
  const builtinIds = new Set(builtinRules.map((r) => r.id));
  const plugins = config.plugins.length > 0 ? await loadPlugins(config, builtinIds) : [];
  return [
    ...builtinRules.map((rule) => activateRule(rule, config, true)),
    ...[...plugins, ...extraRules].map((rule) => activateRule(rule, config, false))
  ];
}
function runRules(facts, config, rules) {
  const reports = [];
  const internalError = rules.find((r) => r.info.id === INTERNAL_ERROR_ID) ?? activateRule(internal_error_default, config, true);
  for (const rule of rules) {
    if (rule.severity === "off") continue;
    const found = [];
    try {
      rule.definition.check({ facts, report: (r) => found.push(r), settings: { modelBases: config.models?.bases ?? [] }, factsVersion: FACTS_VERSION }, rule.options);
    } catch (error) {
      reports.push({ rule: internalError, report: failure(rule.info.id, error, config) });
      continue;
    }
    for (const report of found) reports.push({ rule, report });
  }
  return toDiagnostics(reports);
}
function failure(ruleId, error, config) {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    messageId: "failed",
    data: { rule: ruleId, reason },
    location: { file: configFileForDisplay(config), line: 1, column: 1 },
    subject: ruleId
  };
}
function configFileForDisplay(config) {
  if (!config.file) return ".ormlint.yml";
  const normalized = config.file.split("\\").join("/");
  const root = config.root.split("\\").join("/");
  return normalized.startsWith(`${root}/`) ? normalized.slice(root.length + 1) : normalized;
}

// src/engine/suppressions.ts
var UNUSED_SUPPRESSION_ID = unused_suppression_default.id;
function applySuppressions(diagnostics, comments, config, rules) {
  const byFile = /* @__PURE__ */ new Map();
  for (const [file, list] of comments) {
    const found = findSuppressions(file, list);
    if (found.length > 0) byFile.set(file, found);
  }
  if (byFile.size === 0) return diagnostics;
  const used = /* @__PURE__ */ new Map();
  const kept = diagnostics.filter((d) => {
    const covering = (byFile.get(d.file) ?? []).filter((s) => covers(s, d));
    for (const s of covering) {
      const names = used.get(s) ?? /* @__PURE__ */ new Set();
      names.add(s.rules.length === 0 ? "*" : d.ruleId);
      used.set(s, names);
    }
    return covering.length === 0;
  });
  const rule = rules.find((r) => r.info.id === UNUSED_SUPPRESSION_ID);
  if (!rule || rule.severity === "off") return kept;
  const severities = new Map(Object.entries(config.rules).map(([id, r]) => [id, r.severity]));
  for (const r of rules) severities.set(r.info.id, r.severity);
  const reports = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => compareText(a, b))) {
    for (const s of list) {
      const names = s.rules.length === 0 ? ["*"] : s.rules;
      for (const name of names) {
        if (used.get(s)?.has(name)) continue;
        const isKnown = name === "*" || severities.has(name);
        if (name !== "*" && severities.get(name) === "off") continue;
        if (config.pluginsNotRun?.length && isPluginRuleId(name)) continue;
        reports.push({
          rule,
          report: {
            messageId: isKnown ? "unused" : "unknownRule",
            data: { kind: s.kind, rule: name === "*" ? "every rule" : isKnown ? `"${name}"` : name },
            location: { ...s.location, file },
            subject: name
          }
        });
      }
    }
  }
  return [...kept, ...toDiagnostics(reports)];
}
function covers(s, d) {
  if (s.rules.length > 0 && !s.rules.includes(d.ruleId)) return false;
  return s.kind === "file" || d.line === s.targetLine;
}
function findSuppressions(file, comments) {
  const out = [];
  for (const comment of comments) {
    const directive = readDirective(comment.text);
    if (!directive) continue;
    out.push({
      kind: directive.kind,
      rules: directive.rules,
      location: { file, line: comment.line, column: comment.column, endLine: comment.endLine, endColumn: comment.endColumn },
      targetLine: directive.kind === "next-line" ? comment.endLine + 1 : comment.line
    });
  }
  return out;
}
function readDirective(commentText) {
  const body = stripDelimiters(commentText);
  const match = /^ormlint-disable-(next-line|line|file)(?=\s|$)(.*)$/s.exec(body);
  if (!match) return null;
  const rest = match[2];
  const withoutReason = rest.split(/\s--\s/)[0];
  const rules = withoutReason.split(/[\s,]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return { kind: match[1], rules };
}
function stripDelimiters(text) {
  let body = text.trim();
  for (const open of ["#", "--", "//", "/*"]) {
    if (body.startsWith(open)) {
      body = body.slice(open.length);
      break;
    }
  }
  if (body.endsWith("*/")) body = body.slice(0, -2);
  return body.trim();
}

// src/frontends/index.ts
async function modelFrontend(orm) {
  switch (orm) {
    case "sqlalchemy":
      return (await import("./chunk-NKPLCATL.mjs")).sqlalchemyFrontend;
    case "prisma":
      return (await import("./chunk-MAW2ZTYB.mjs")).prismaFrontend;
    case "drizzle":
      return (await import("./chunk-WNQBHAIB.mjs")).drizzleFrontend;
    case "typeorm":
      return (await import("./chunk-DGAB36SE.mjs")).typeormFrontend;
    default:
      return null;
  }
}
async function migrationFrontend(kind) {
  switch (kind) {
    case "alembic":
      return (await import("./chunk-GOLEAPOK.mjs")).alembicFrontend;
    case "sql":
    case "prisma":
      return (await import("./chunk-6DRFTX3P.mjs")).sqlMigrationsFrontend;
    case "drizzle":
      return (await import("./chunk-RCJKEVA5.mjs")).drizzleMigrationsFrontend;
    case "typeorm":
      return (await import("./chunk-DAQISR2H.mjs")).typeormMigrationsFrontend;
    default:
      return null;
  }
}
function warmUpParsers(config) {
  const needsPython = config.models?.orm === "sqlalchemy" || config.migrations?.kind === "alembic";
  if (needsPython) void import("./chunk-7HYWQ4MS.mjs").then((m) => m.pythonParser()).catch(() => void 0);
  if (config.migrations) void import("./chunk-UZ6QXUK7.mjs").then((m) => m.loadSqlParser()).catch(() => void 0);
}

// src/parallel/cache.ts
import { createHash as createHash2 } from "node:crypto";
import { readdirSync, readFileSync, realpathSync as realpathSync2, statSync } from "node:fs";
import path5 from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
var FORMAT = 2;
var FileCache = class {
  /** @param areas where the cache may be written (as --output: a committed link cannot send it elsewhere) */
  constructor(dir, areas) {
    this.dir = dir;
    this.areas = areas;
  }
  dir;
  areas;
  buckets = /* @__PURE__ */ new Map();
  hits = 0;
  misses = 0;
  /** The facts `file` read into last time with the same reader and options, or undefined. */
  get(reader, options, file) {
    const bucket = this.bucket(reader, options);
    const key = entryKey(file);
    const hit = bucket.used.get(key) ?? bucket.loaded.get(key);
    if (!hit) {
      this.misses++;
      return void 0;
    }
    bucket.used.set(key, hit);
    this.hits++;
    try {
      return deserialize(hit);
    } catch {
      bucket.used.delete(key);
      return void 0;
    }
  }
  /** Records what `file` read into (serialised now: the caller may change the value afterwards). */
  set(reader, options, file, value) {
    const bucket = this.bucket(reader, options);
    bucket.used.set(entryKey(file), serialize(value));
    bucket.changed = true;
  }
  /**
   * A side read as a whole (the models: their imports resolve across files, so no file's facts are
   * its own): reused only when every one of `files` is unchanged. One entry per reader and options.
   */
  getWhole(reader, options, files) {
    return this.get(reader, options, wholeKey(files));
  }
  setWhole(reader, options, files, value) {
    this.set(reader, options, wholeKey(files), value);
  }
  /**
   * Writes each reader's entries used in this run (atomically: write beside, then rename). May be
   * called again: then only what changed since is written.
   */
  save() {
    for (const bucket of this.buckets.values()) {
      if (!bucket.changed && bucket.used.size === bucket.stored) continue;
      writeConfinedFileSync(bucket.file, serialize(bucket.used), this.areas);
      bucket.changed = false;
      bucket.stored = bucket.used.size;
    }
  }
  bucket(reader, options) {
    const name = `${reader}-${hash(`${FORMAT}\0${VERSION}\0${buildId()}\0${JSON.stringify(options)}`).slice(0, 20)}.v8`;
    let bucket = this.buckets.get(name);
    if (!bucket) {
      const file = path5.join(this.dir, name);
      const loaded = readBucket(file, this.areas);
      bucket = { file, loaded, used: /* @__PURE__ */ new Map(), changed: false, stored: loaded.size };
      this.buckets.set(name, bucket);
    }
    return bucket;
  }
};
var MAX_CACHE_BYTES = 1 << 30;
function readBucket(file, areas) {
  try {
    const area = areas.map((a) => path5.resolve(a.dir)).filter((dir) => isInside(dir, file)).sort((a, b) => b.length - a.length)[0];
    if (!area) return /* @__PURE__ */ new Map();
    const areaReal = realpathSync2(area);
    const real = realpathSync2(file);
    if (!isInside(areaReal, real) || isInForbiddenFolder(areaReal, real)) return /* @__PURE__ */ new Map();
    const stat = statSync(real);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return /* @__PURE__ */ new Map();
    const value = deserialize(readFileSync(real));
    return value instanceof Map ? value : /* @__PURE__ */ new Map();
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function wholeKey(files) {
  const digest = createHash2("sha256");
  for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    digest.update(`${file.path}\0${file.text.length}\0${file.text}\0`);
  }
  return { path: "*", text: digest.digest("base64url") };
}
function entryKey(file) {
  return hash(`${file.path}\0${file.text}`);
}
function hash(text) {
  return createHash2("sha256").update(text).digest("base64url");
}
var build = null;
function buildId() {
  if (build !== null) return build;
  try {
    const here = path5.dirname(fileURLToPath(import.meta.url));
    const chunks = readdirSync(here).filter((name) => /^chunk-.*\.mjs$/.test(name)).sort();
    build = chunks.length > 0 ? hash(chunks.join("\n")) : "";
  } catch {
    build = "";
  }
  return build;
}

// src/parallel/early.ts
import { Worker } from "node:worker_threads";

// src/parallel/threads.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var PARALLEL_MIN_BYTES = 1e6;
var BYTES_PER_WORKER = 5e5;
var cores;
function workerCount(requested, bytes) {
  if (requested !== void 0) return Math.max(0, Math.floor(requested));
  if (bytes < PARALLEL_MIN_BYTES) return 0;
  cores ??= availableParallelism();
  return Math.max(0, Math.min(cores - 1, Math.floor(bytes / BYTES_PER_WORKER)));
}
function workerScript() {
  const url = new URL("./worker.mjs", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath2(url)) ? url : null;
}

// src/parallel/early.ts
var BATCH_CHARS = 256e3;
var EarlyWorkers = class {
  /**
   * `tasks`: the per-file readers the workers will run, warmed up as soon as each starts. No
   * worker starts before `after` settles; `beforeStart` is told the text counted so far right
   * before the first one does.
   */
  constructor(tasks, after, beforeStart) {
    this.tasks = tasks;
    this.beforeStart = beforeStart;
    const allow = () => {
      this.ready = true;
      this.startWanted();
    };
    after.then(allow, allow);
  }
  tasks;
  beforeStart;
  /** Started and not yet taken; unreferenced meanwhile, so they never keep the process alive. */
  idle = [];
  exited = /* @__PURE__ */ new WeakSet();
  /** Every file sent so far, in order: a worker numbers them as it receives them. */
  sent = [];
  numbers = /* @__PURE__ */ new Map();
  pending = [];
  pendingChars = 0;
  chars = 0;
  stopped = false;
  ready = false;
  /** Discovery read `file`, which a worker would parse: counted, and sent in its batch. */
  offer(file) {
    if (this.stopped) return;
    this.chars += file.text.length;
    this.pending.push(file);
    this.pendingChars += file.text.length;
    this.startWanted();
    if (this.idle.length > 0 && this.pendingChars >= BATCH_CHARS) this.flush();
  }
  /**
   * Up to `count` workers started early, each holding the files `numbers` maps (any other file
   * must be sent in full); the rest are ended.
   */
  take(count) {
    if (this.idle.length > 0) this.flush();
    const live = this.idle.filter((worker) => !this.exited.has(worker));
    this.idle = [];
    const workers = live.slice(0, count);
    for (const spare of live.slice(count)) void spare.terminate();
    for (const worker of workers) worker.ref();
    this.stopped = true;
    return { workers, numbers: this.numbers };
  }
  /** Ends the workers no one took (a run always ends with this). */
  async stop() {
    this.stopped = true;
    const idle = this.idle;
    this.idle = [];
    await Promise.all(idle.map((worker) => worker.terminate()));
  }
  /** Starts the workers the text counted so far is worth, once allowed to. */
  startWanted() {
    if (!this.ready || this.stopped) return;
    const count = workerCount(void 0, this.chars) - this.idle.length;
    if (count <= 0) return;
    const script = workerScript();
    if (!script) {
      this.stopped = true;
      return;
    }
    this.beforeStart(this.chars);
    for (let k = 0; k < count; k++) {
      const worker = new Worker(script);
      worker.unref();
      worker.on("error", () => void 0);
      worker.once("exit", () => this.exited.add(worker));
      worker.postMessage({ warm: this.tasks });
      if (this.sent.length > 0) worker.postMessage({ files: this.sent });
      this.idle.push(worker);
    }
  }
  flush() {
    const batch = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const file of batch) {
      this.numbers.set(file, this.sent.length);
      this.sent.push(file);
    }
    for (const worker of this.idle) worker.postMessage({ files: batch });
  }
};

// src/parallel/pool.ts
import { Worker as Worker2 } from "node:worker_threads";
var PARALLEL_MIN_BYTES_BY_TASK = { sql: Number.POSITIVE_INFINITY };
var CHUNK_BYTES = 64e3;
function planReads(task, files, options, cache) {
  const reads = new Array(files.length);
  const todo = [];
  let bytes = 0;
  files.forEach((file, i) => {
    const hit = cache?.get(task, options, file);
    if (hit === void 0) {
      todo.push(i);
      bytes += file.text.length;
    } else reads[i] = hit;
  });
  return { task, reads, todo, bytes };
}
function readFileGroups(groups, settings = {}) {
  const plans = groups.map((group) => {
    const plan = group.plan ?? planReads(group.reader.task, group.files, group.options, group.cached === false ? null : settings.cache);
    if (plan.task !== group.reader.task) throw new Error(`a plan for ${plan.task} files given to the ${group.reader.task} reader`);
    return plan;
  });
  const store = (g, i, read) => {
    plans[g].reads[i] = read;
    if (groups[g].cached !== false) settings.cache?.set(groups[g].reader.task, groups[g].options, groups[g].files[i], read);
  };
  const mainOnly = groups.map((group) => settings.threads === void 0 && PARALLEL_MIN_BYTES_BY_TASK[group.reader.task] === Number.POSITIVE_INFINITY);
  const bytes = plans.reduce((sum, plan, g) => sum + (mainOnly[g] ? 0 : plan.bytes), 0);
  const threads = workerCount(settings.threads, bytes);
  const script = threads > 0 ? workerScript() : null;
  const reported = groups.map((group) => group.cached !== false);
  if (settings.report) {
    const files = groups.reduce((sum, group, g) => sum + (reported[g] ? group.files.length : 0), 0);
    const cached = files - plans.reduce((sum, plan, g) => sum + (reported[g] ? plan.todo.length : 0), 0);
    Object.assign(settings.report, { files, cached, threads: script ? threads : 0, inWorkers: 0 });
  }
  if (!script) {
    void settings.early?.stop();
    let previous = Promise.resolve();
    return groups.map((group, g) => {
      const done = previous.then(async () => {
        for (const i of plans[g].todo) store(g, i, await group.reader.readFile(group.files[i], group.options));
        return plans[g].reads;
      });
      previous = done;
      return done;
    });
  }
  const todoFiles = plans.map((plan, g) => plan.todo.map((i) => groups[g].files[i]));
  const chunks = todoFiles.flatMap((files, g) => chunk(files).map((indexes) => ({ group: g, indexes })));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const claim = () => Atomics.add(next, 0, 1);
  const stored = new Array(chunks.length).fill(false);
  const left = plans.map((_, g) => chunks.filter((c) => c.group === g).length);
  const settled = groups.map(() => {
    let resolve2;
    const promise = new Promise((r) => resolve2 = r);
    return { promise, resolve: resolve2 };
  });
  plans.forEach((plan, g) => {
    if (left[g] === 0) settled[g].resolve(plan.reads);
  });
  const storeChunk = (c, chunkReads) => {
    if (stored[c]) return;
    const { group, indexes } = chunks[c];
    indexes.forEach((k, j) => store(group, plans[group].todo[k], chunkReads[j]));
    stored[c] = true;
    if (--left[group] === 0) settled[group].resolve(plans[group].reads);
  };
  const readChunk = async (c) => {
    const { group, indexes } = chunks[c];
    const chunkReads = [];
    for (const k of indexes) chunkReads.push(await groups[group].reader.readFile(todoFiles[group][k], groups[group].options));
    storeChunk(c, chunkReads);
  };
  const countInWorkers = (c, reads) => {
    if (settings.report && reported[chunks[c].group]) settings.report.inWorkers = (settings.report.inWorkers ?? 0) + reads;
  };
  const inMainThread = async () => {
    for (let c = claim(); c < chunks.length; c = claim()) {
      await readChunk(c);
      await new Promise((resolve2) => setImmediate(resolve2));
    }
  };
  const taken = settings.early?.take(threads) ?? { workers: [], numbers: /* @__PURE__ */ new Map() };
  const requestFor = (numbers) => ({
    groups: groups.map((group, g) => ({
      task: group.reader.task,
      options: group.options,
      files: mainOnly[g] ? [] : todoFiles[g].map((file) => numbers.get(file) ?? file),
      mainOnly: mainOnly[g]
    })),
    chunks,
    next: next.buffer
  });
  const workers = [];
  if (taken.workers.length > 0) {
    const request = requestFor(taken.numbers);
    for (const worker of taken.workers) workers.push({ worker, request });
  }
  if (workers.length < threads) {
    const request = requestFor(/* @__PURE__ */ new Map());
    while (workers.length < threads) workers.push({ worker: new Worker2(script), request });
  }
  if (settings.report) settings.report.early = taken.workers.length;
  const all = (async () => {
    try {
      await Promise.all([inMainThread(), ...workers.map(({ worker, request }) => inWorker(worker, request, storeChunk, countInWorkers))]);
    } finally {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    }
    for (let c = 0; c < chunks.length; c++) if (!stored[c]) await readChunk(c);
  })();
  return settled.map(({ promise }) => Promise.race([promise, all.then(() => promise)]));
}
function chunk(files) {
  const chunks = [];
  let current = [];
  let size = 0;
  files.forEach((file, k) => {
    current.push(k);
    size += file.text.length;
    if (size >= CHUNK_BYTES) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}
function inWorker(worker, request, storeChunk, countInWorkers) {
  return new Promise((resolve2) => {
    worker.on("message", (reply) => {
      if ("reads" in reply) {
        storeChunk(reply.chunk, reply.reads);
        countInWorkers(reply.chunk, reply.reads.length);
      } else if ("done" in reply) resolve2();
    });
    worker.once("error", () => resolve2());
    worker.once("exit", () => resolve2());
    worker.postMessage(request);
  });
}

// src/run.ts
function overviewOf(facts) {
  return {
    models: facts.models ? facts.models.filter((m) => !m.abstract && m.table).length : null,
    reachable: facts.registry ? facts.registry.reachable.length : null,
    modelTables: facts.modelSchema ? facts.modelSchema.tables.size : null,
    migratedTables: facts.migratedSchema ? facts.migratedSchema.tables.size : null,
    migrations: facts.migrations ? facts.migrations.length : null,
    heads: facts.migrationGraph ? [...facts.migrationGraph.heads] : null
  };
}
async function run(config, options = {}) {
  const early = earlyWorkers(config, options);
  try {
    return await runPipeline(config, options, early);
  } finally {
    await early?.stop();
  }
}
function earlyWorkers(config, options) {
  if (options.threads !== void 0 || options.cacheDir) return null;
  const python = pythonSides(config);
  const tasks = [...python.models ? ["python-syntax"] : [], ...python.migrations ? ["alembic"] : []];
  if (tasks.length === 0) return null;
  const sqlParser = import("./chunk-UZ6QXUK7.mjs").then((m) => m.loadSqlParser());
  return new EarlyWorkers(tasks, sqlParser, chooseWasmTierEarly);
}
function pythonSides(config) {
  return { models: config.models?.orm === "sqlalchemy", migrations: config.migrations?.kind === "alembic" };
}
async function runPipeline(config, options, early) {
  const started = performance.now();
  const timings = { discover: 0, models: 0, migrations: 0, replay: 0, rules: 0 };
  const timed = async (phase, work) => {
    const from = performance.now();
    try {
      return await work();
    } finally {
      timings[phase] = (timings[phase] ?? 0) + (performance.now() - from);
    }
  };
  const problems = [];
  const sources = /* @__PURE__ */ new Map();
  const cache = options.cacheDir ? new FileCache(path6.resolve(config.root, options.cacheDir), options.cacheAreas ?? [{ dir: config.root, label: "the project root" }]) : null;
  const saveCache = () => {
    try {
      cache?.save();
    } catch (error) {
      process.stderr.write(`ormlint: could not write the cache in ${options.cacheDir}: ${error.message}
`);
    }
  };
  const reading = { files: 0, cached: 0, threads: 0 };
  const toParse = (file) => early.offer(file);
  const parsedByTreeSitter = pythonSides(config);
  const discover = (globs, parsed) => globs ? discoverFiles(config.root, globs.include, globs.exclude, config.maxFileBytes, early && parsed ? toParse : void 0) : null;
  const [foundModels, foundMigrations] = await timed(
    "discover",
    () => Promise.all([discover(config.models, parsedByTreeSitter.models), discover(config.migrations, parsedByTreeSitter.migrations)])
  );
  const python = { project: null };
  if (config.models && foundModels) python.project = await timed("models", () => modelProjectSources(config));
  const reportKey = cache && options.facts === false ? reportCacheKey(config, foundModels, foundMigrations, python.project) : null;
  if (reportKey) {
    const hit = await timed("rules", () => cachedReport(config, reportKey, python.project, cache));
    if (hit) {
      Object.assign(reading, { files: foundMigrations?.files.length ?? 0, cached: foundMigrations?.files.length ?? 0, threads: 0 });
      return finishReport(hit.diagnostics, hit.counts, hit.overview, { findingsCached: true });
    }
  }
  const modelsCached = config.models && foundModels && cache ? await timed("models", () => cachedModelSide(foundModels.files, config, python.project, cache)) : null;
  const readOptions = { defaultSchema: config.defaultSchema, dialect: config.dialect };
  const replayOptions = { defaultSchema: config.defaultSchema, schemas: config.schemas ?? null };
  const plannedTask = config.migrations ? perFileTaskOf(config.migrations.kind) : null;
  const migratedKey = plannedTask ? { task: plannedTask, read: readOptions, replay: replayOptions } : null;
  const migratedCached = cache && migratedKey && foundMigrations ? await timed("migrations", () => cachedMigratedSide(foundMigrations.files, migratedKey, cache)) : null;
  let migrationPlan = plannedTask && foundMigrations && !migratedCached ? planReads(plannedTask, foundMigrations.files, readOptions, cache) : null;
  const sourceBytes = (files) => files.reduce((sum, file) => sum + file.text.length, 0);
  const modelBytes = foundModels && !modelsCached ? sourceBytes(foundModels.files) : 0;
  const migrationBytes = foundMigrations && !migratedCached ? migrationPlan?.bytes ?? sourceBytes(foundMigrations.files) : 0;
  const bytesToParse = modelBytes + migrationBytes;
  chooseWasmTier({
    python: (parsedByTreeSitter.models ? modelBytes : 0) + (parsedByTreeSitter.migrations ? migrationBytes : 0),
    sql: config.migrations && ["sql", "prisma", "drizzle"].includes(config.migrations.kind) ? migrationBytes : 0
  });
  if (bytesToParse > 0) warmUpParsers(config);
  const [modelsFrontend, migrationsFrontend] = await Promise.all([
    config.models ? modelFrontend(config.models.orm) : null,
    config.migrations ? migrationFrontend(config.migrations.kind) : null
  ]);
  const checkSide = (side, globs, found, supported, what) => {
    problems.push(...found.problems);
    for (const f of found.files) sources.set(f.path, f);
    if (!supported) {
      problems.push(configProblem(config, side, `${what} is not supported yet by this version of ormlint; that side is not checked`));
      return false;
    }
    if (found.files.length === 0) {
      problems.push(configProblem(config, `${side}.include`, `${side}.include (${globs.include.join(", ")}) matched no files under the project root: the ${side} side was not checked`));
    }
    return true;
  };
  const readModels = config.models && foundModels && checkSide("models", config.models, foundModels, modelsFrontend !== null, `models.orm "${config.models.orm}"`);
  const readMigrations = config.migrations && foundMigrations && checkSide("migrations", config.migrations, foundMigrations, migrationsFrontend !== null, `migrations.kind "${config.migrations.kind}"`);
  const perFile = readMigrations ? migrationsFrontend.perFile : void 0;
  const migrated = perFile && perFile.task === plannedTask ? migratedCached : null;
  if (perFile && !migrated && migrationPlan?.task !== perFile.task) migrationPlan = planReads(perFile.task, foundMigrations.files, readOptions, cache);
  const perFileMigrations = readMigrations && migrationsFrontend.perFile && !migrated ? migrationsFrontend.perFile : null;
  const preParse = readModels && !modelsCached ? modelsFrontend.preParse : void 0;
  const syntaxFiles = preParse ? preParse.files(foundModels.files) : [];
  const groups = [
    ...preParse ? [{ reader: preParse.reader, files: syntaxFiles, options: readOptions, cached: false }] : [],
    ...perFileMigrations ? [{ reader: perFileMigrations, files: foundMigrations.files, options: readOptions, plan: migrationPlan }] : []
  ];
  const groupReads = groups.length > 0 ? readFileGroups(groups, { threads: options.threads, cache, report: reading, early }) : [];
  const syntaxRead = preParse ? groupReads[0] : null;
  const migrationReads = perFileMigrations ? groupReads[groupReads.length - 1] : null;
  for (const read of groupReads) read.catch(() => void 0);
  const migrationsRead = readMigrations ? timed("migrations", async () => {
    const frontend = migrationsFrontend;
    const files = foundMigrations.files;
    const kind = config.migrations.kind;
    if (!frontend.perFile) return frontend.extract(files, config, kind === "drizzle" ? await projectSources(config.root, ["/meta/_journal.json"], config.maxFileBytes) : kind === "typeorm" ? await projectSources(config.root, [".ts", "/package.json", "/tsconfig.json"], config.maxFileBytes) : void 0);
    if (migrated) {
      Object.assign(reading, { files: files.length, cached: files.length, threads: 0 });
      return migrated.facts;
    }
    return frontend.perFile.assemble(files, await migrationReads);
  }) : Promise.resolve(null);
  migrationsRead.catch(() => void 0);
  const modelSide = readModels ? await timed("models", async () => {
    if (modelsCached) return modelsCached;
    const trees = syntaxRead ? await syntaxRead : null;
    const parsed = trees ? new Map(syntaxFiles.map((file, i) => [file.path, trees[i]])) : void 0;
    return readModelSide(modelsFrontend, foundModels.files, config, python.project, cache, parsed);
  }) : null;
  const modelFacts = modelSide?.facts ?? null;
  const migrationFacts = await migrationsRead;
  if (config.models?.orm === "sqlalchemy" && modelFacts && (foundModels?.files.length ?? 0) > 0) {
    const known = new Set(python.project?.paths ?? []);
    const missing = config.models.registry.filter((file) => !sources.has(file) && !known.has(file));
    if (missing.length > 0) {
      problems.push(configProblem(config, "models.registry", `models.registry ${missing.map((f) => `"${f}"`).join(", ")} is not a Python file under the project root: which models the app imports cannot be checked`));
    }
  }
  if (modelFacts) problems.push(...modelFacts.problems);
  const ambiguousBases = config.models && modelFacts && !modelFacts.migratedBases ? severalBasesProblem(config, modelFacts) : null;
  if (ambiguousBases) problems.push(ambiguousBases);
  if (migrationFacts) problems.push(...migrationFacts.problems);
  const replay = migrationFacts ? await timed("replay", () => {
    if (migrated) return migrated.replay;
    const result = replayMigrations(migrationFacts.operations, replayOptions);
    if (cache && perFile) cache.setWhole("migrated", { ...migratedKey, task: perFile.task }, foundMigrations.files, { facts: { ...migrationFacts, operations: [] }, replay: result });
    return result;
  }) : null;
  saveCache();
  if (replay) problems.push(...replay.problems);
  for (const problem of problems) problem.message = capQuotedText(problem.message);
  const facts = {
    modelCapabilities: modelFacts?.capabilities ?? null,
    fixHints: modelFacts?.fixHints ?? null,
    models: modelFacts?.models ?? null,
    registry: modelFacts?.registry ?? null,
    // `schemas:` — tables of schemas this config does not own are neither required nor reported.
    modelSchema: modelFacts ? restrictToSchemas(modelFacts.schema, config.schemas) : null,
    migrations: migrationFacts?.migrations ?? null,
    migrationKind: config.migrations?.kind ?? null,
    migrationGraph: migrationFacts?.graph ?? null,
    migratedSchema: replay ? restrictToSchemas(replay.schema, config.schemas) : null,
    migratedTableOrigins: replay?.origins,
    versionClashes: migrationFacts?.versionClashes,
    journalMismatches: migrationFacts?.journalMismatches,
    problems: problems.filter((problem) => concernsOwnedTables(problem, config.schemas)),
    defaultSchema: config.defaultSchema,
    schemaBootstrap: modelFacts?.bootstrap ?? null,
    schemas: config.schemas ?? null,
    migratedBases: modelFacts?.migratedBases ?? null,
    dynamicTables: modelFacts?.dynamicTables ?? []
  };
  const rulesStarted = performance.now();
  if (config.migrations) await (await import("./chunk-UZ6QXUK7.mjs")).loadSqlParser();
  const rules = await loadRules(config);
  const raw = runRules(facts, config, rules);
  const suppressed = applySuppressions(raw, mergeComments(modelFacts?.comments, migrationFacts?.comments), config, rules);
  const overview = overviewOf(facts);
  const counts = {
    files: sources.size,
    models: overview.models ?? 0,
    tables: overview.modelTables ?? overview.migratedTables ?? 0,
    migrations: overview.migrations ?? 0
  };
  if (reportKey) {
    cache.setWhole("report", config, reportKey, { diagnostics: suppressed, reads: modelSide?.reads ?? [], counts, overview });
    saveCache();
  }
  const report = await finishReport(suppressed, counts, overview, { rules, from: rulesStarted });
  return { ...report, facts };
  async function finishReport(found, counts2, overview2, how) {
    const from = how.from ?? performance.now();
    const rules2 = how.rules ?? await loadRules(config);
    let diagnostics = found;
    let baselined = 0;
    const baselinePath = options.baselinePath !== void 0 ? options.baselinePath : config.baseline;
    if (!options.ignoreBaseline && baselinePath) {
      const baseline = readBaseline(config.root, baselinePath);
      if (baseline) {
        const applied = applyBaseline(diagnostics, baseline);
        diagnostics = applied.kept;
        baselined = applied.baselined;
      }
    }
    diagnostics.sort(compareDiagnostics);
    timings.rules += performance.now() - from;
    return {
      config,
      diagnostics,
      baselined,
      rules: rules2.filter((r) => r.severity !== "off").map((r) => r.info),
      stats: { ...counts2, durationMs: Math.round(performance.now() - started), timings, reading, ...how.findingsCached ? { findingsCached: true } : {} },
      overview: overview2
    };
  }
}
function cachedMigratedSide(files, key, cache) {
  return cache.getWhole("migrated", key, files) ?? null;
}
async function modelProjectSources(config) {
  switch (config.models?.orm) {
    case "sqlalchemy":
      return projectSources(config.root, [".py", "/pyproject.toml", "/setup.cfg"], config.maxFileBytes);
    case "drizzle":
      return projectSources(config.root, [".ts", ".mts", "drizzle.config.js", "drizzle.config.mjs", "/package.json", ...config.models.registry.map((r) => `/${r}`)], config.maxFileBytes);
    case "typeorm":
      return projectSources(config.root, [".ts", ".mts", "/package.json", "/tsconfig.json", ...config.models.registry.map((r) => `/${r}`)], config.maxFileBytes);
    default:
      return { paths: [], read: () => null };
  }
}
function modelCacheKey(files, config, project) {
  const options = { models: config.models, migrations: config.migrations, defaultSchema: config.defaultSchema, dialect: config.dialect, schemas: config.schemas ?? null };
  return { options, key: [...files, { path: "\0project-paths", text: project.paths.join("\n") }] };
}
function cachedModelSide(files, config, project, cache) {
  const { options, key } = modelCacheKey(files, config, project);
  const cached = cache.getWhole("models", options, key);
  return cached && stillReadsTheSame(cached.reads, project) ? cached : null;
}
function stillReadsTheSame(reads, project) {
  return reads.every(([file, digest]) => digest === contentDigest(project?.read(file) ?? null));
}
async function readModelSide(frontend, files, config, project, cache, parsed) {
  if (!cache) return { facts: await frontend.extract(files, config, project, parsed), reads: [] };
  const { options, key } = modelCacheKey(files, config, project);
  const reads = /* @__PURE__ */ new Map();
  const recording = {
    paths: project.paths,
    read(file) {
      const text = project.read(file);
      reads.set(file, contentDigest(text));
      return text;
    }
  };
  const facts = await frontend.extract(files, config, recording, parsed);
  const side = { facts, reads: [...reads] };
  cache.setWhole("models", options, key, side);
  return side;
}
function reportCacheKey(config, models, migrations, project) {
  if (config.plugins.length > 0) return null;
  if (config.migrations && perFileTaskOf(config.migrations.kind) === null) return null;
  return [
    ...(models?.files ?? []).map((file) => ({ path: `models:${file.path}`, text: file.text })),
    ...(migrations?.files ?? []).map((file) => ({ path: `migrations:${file.path}`, text: file.text })),
    { path: "\0project-paths", text: (project?.paths ?? []).join("\n") },
    { path: "\0discovery", text: JSON.stringify([models?.problems ?? null, migrations?.problems ?? null]) }
  ];
}
function cachedReport(config, key, project, cache) {
  const cached = cache.getWhole("report", config, key);
  if (!cached || !Array.isArray(cached.diagnostics) || !Array.isArray(cached.reads) || !cached.counts || !cached.overview) return null;
  return stillReadsTheSame(cached.reads, project) ? cached : null;
}
function contentDigest(text) {
  return text === null ? null : createHash3("sha256").update(text).digest("base64url");
}
function severalBasesProblem(config, facts) {
  if ((config.models?.bases.length ?? 0) > 0) return null;
  const bases = [...new Set(facts.models.flatMap((m) => m.base && !m.abstract ? [m.base] : []))].sort();
  if (bases.length < 2) return null;
  const source = config.migrations?.kind === "alembic" ? "no Alembic env.py names its target_metadata" : `${config.migrations ? `${config.migrations.kind} migrations do` : "no migrations config does"} not say which one the database gets`;
  return { ...configProblem(config, "models", `the models use ${bases.length} declarative bases (${bases.join(", ")}) and ${source}: set models.bases to the one(s) the app migrates, and models on any other base are reported (model-base)`), kind: "unresolved" };
}
var MAX_PROBLEM_MESSAGE = 600;
function capQuotedText(message) {
  if (message.length <= MAX_PROBLEM_MESSAGE) return message;
  const half = MAX_PROBLEM_MESSAGE / 2;
  return `${message.slice(0, half)} \u2026 (${message.length - MAX_PROBLEM_MESSAGE} characters left out) \u2026 ${message.slice(-half)}`;
}
function configProblem(config, key, message) {
  const position = config.keyPositions?.[key] ?? config.keyPositions?.[key.split(".")[0]] ?? { line: 1, column: 1 };
  return { kind: "config", message, location: { file: configFileForDisplay(config), ...position }, subject: key };
}
function compareDiagnostics(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.subject, b.subject);
}

export {
  ConfigError,
  docsUrl,
  loadConfig,
  writeBaseline,
  SEVERITY_RANK,
  escapeUnsafeCharacters,
  logSafeText,
  logSafeJson,
  VERSION,
  formatSarif,
  reporters,
  run
};
