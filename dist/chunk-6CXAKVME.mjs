import { createRequire as __ormlintCreateRequire } from 'node:module';
import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';
import { dirname as __ormlintDirname } from 'node:path';
const require = __ormlintCreateRequire(import.meta.url);
const __filename = __ormlintFileURLToPath(import.meta.url);
const __dirname = __ormlintDirname(__filename);
import {
  require_picomatch
} from "./chunk-VHE52EGW.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-OK67AZ7F.mjs";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH,
        path3[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache) {
        if (path3 in cache) {
          return cache[path3];
        }
        const parentPath = parentOf(path3);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/fsSafe.ts
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var FORBIDDEN_FOLDERS = /* @__PURE__ */ new Set([".git"]);
var MAX_LINK_HOPS = 40;
var ConfinementError = class extends Error {
  name = "ConfinementError";
};
function isInside(base, candidate) {
  const relative = path.relative(base, candidate);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
function isInForbiddenFolder(base, candidate) {
  return path.relative(base, candidate).split(path.sep).some((segment) => FORBIDDEN_FOLDERS.has(segment));
}
function readConfinedFileSync(root, file, maxBytes) {
  const absolute = path.resolve(root, file);
  let rootReal;
  let real;
  try {
    rootReal = fs.realpathSync(root);
    real = fs.realpathSync(absolute);
  } catch (error) {
    const code = errorCode(error);
    return code === "ENOENT" || code === "ENOTDIR" ? { kind: "missing" } : { kind: "unreadable", code };
  }
  if (!isInside(rootReal, real)) return { kind: "outside" };
  if (isInForbiddenFolder(rootReal, real)) return { kind: "git" };
  let fd;
  try {
    if (!fs.statSync(real).isFile()) return { kind: "not-a-file" };
    fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { kind: "unreadable", code: errorCode(error) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { kind: "not-a-file" };
    if (stat.size > maxBytes) return { kind: "too-large", size: stat.size, limit: maxBytes };
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { kind: "too-large", size: length, limit: maxBytes };
      if (length === buffer.length) break;
    }
    return { kind: "ok", text: new TextDecoder("utf-8").decode(buffer.subarray(0, length)), real };
  } catch (error) {
    return { kind: "unreadable", code: errorCode(error) };
  } finally {
    fs.closeSync(fd);
  }
}
function describeReadFailure(failure, what) {
  switch (failure.kind) {
    case "missing":
      return `${what} not found`;
    case "outside":
      return `${what} is a symbolic link to a path outside the project root; ormlint reads only files under the root`;
    case "git":
      return `${what} is a symbolic link into .git; ormlint never reads the .git folder`;
    case "not-a-file":
      return `${what} is not a regular file`;
    case "too-large":
      return `${what} is over the ${formatLimit(failure.limit)} limit`;
    case "unreadable":
      return `cannot read ${what} (${failure.code})`;
  }
}
function writeConfinedFileSync(target, text, areas) {
  const absolute = path.resolve(target);
  const area = innermostArea(absolute, areas);
  if (!area) {
    throw new ConfinementError(`${absolute} is outside ${describeAreas(areas)}; ormlint writes only there`);
  }
  const real = resolveWriteTarget(absolute);
  if (!isInside(area.real, real)) {
    throw new ConfinementError(`${absolute} leads through a symbolic link to ${real}, outside ${area.label}; not written`);
  }
  if (isInForbiddenFolder(area.real, real)) {
    throw new ConfinementError(`${absolute} leads into a .git folder; not written`);
  }
  const dir = path.dirname(real);
  let mode = 438;
  try {
    fs.mkdirSync(dir, { recursive: true });
    if (fs.realpathSync(dir) !== dir) throw new ConfinementError(`${absolute}: its folder changed while writing; not written`);
    const existing = fs.lstatSync(real, { throwIfNoEntry: false });
    if (existing?.isFile()) mode = existing.mode & 511;
  } catch (error) {
    if (error instanceof ConfinementError) throw error;
    throw new ConfinementError(`cannot write ${absolute} (${errorCode(error)})`);
  }
  const temp = path.join(dir, `.${path.basename(real)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    fs.writeFileSync(temp, text, { flag: "wx", mode });
    fs.renameSync(temp, real);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new ConfinementError(`cannot write ${absolute} (${errorCode(error)})`);
  }
  return real;
}
function pathTaken(file) {
  return fs.lstatSync(file, { throwIfNoEntry: false }) !== void 0;
}
function innermostArea(absolute, areas) {
  let best = null;
  for (const { dir, label } of areas) {
    const lexical = path.resolve(dir);
    let real;
    try {
      real = fs.realpathSync(lexical);
    } catch {
      continue;
    }
    const base = isInside(lexical, absolute) ? lexical : isInside(real, absolute) ? real : null;
    if (base === null) continue;
    const depth = base.split(path.sep).length;
    if (!best || depth > best.depth) best = { area: { label, lexical, real }, depth };
  }
  return best?.area ?? null;
}
function describeAreas(areas) {
  const labels = areas.map((a) => a.label);
  return labels.length <= 1 ? labels[0] ?? "every allowed folder" : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}
function resolveWriteTarget(absolute) {
  let current = absolute;
  for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
    const dir = realFolder(path.dirname(current), absolute);
    current = path.join(dir, path.basename(current));
    let stat;
    try {
      stat = fs.lstatSync(current, { throwIfNoEntry: false });
    } catch (error) {
      throw new ConfinementError(`cannot write ${absolute} (${errorCode(error)})`);
    }
    if (!stat) return current;
    if (stat.isSymbolicLink()) {
      current = path.resolve(dir, fs.readlinkSync(current));
      continue;
    }
    if (!stat.isFile()) throw new ConfinementError(`${absolute} is not a regular file; not overwriting it`);
    return current;
  }
  throw new ConfinementError(`${absolute}: too many symbolic links (a loop?); not written`);
}
function realFolder(dir, target) {
  const missing = [];
  let probe = dir;
  for (; ; ) {
    try {
      return path.join(fs.realpathSync(probe), ...missing);
    } catch (error) {
      const code = errorCode(error);
      if (code !== "ENOENT") throw new ConfinementError(`cannot write ${target} (${code})`);
      if (pathTaken(probe)) throw new ConfinementError(`${target}: ${probe} is a dangling symbolic link; not written`);
      const parent = path.dirname(probe);
      if (parent === probe) throw new ConfinementError(`cannot write ${target} (ENOENT)`);
      missing.unshift(path.basename(probe));
      probe = parent;
    }
  }
}
function formatLimit(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
function errorCode(error) {
  return error?.code ?? String(error);
}

// src/config/defaults.ts
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
var CONFIG_MAX_BYTES = 1024 * 1024;
var BASELINE_MAX_BYTES = 8 * 1024 * 1024;
var CONFIG_FILE_NAMES = [".ormlint.yml", ".ormlint.yaml"];
var ORMS = ["sqlalchemy", "typeorm", "drizzle", "prisma"];
var MIGRATION_KINDS = ["alembic", "sql", "typeorm", "drizzle", "prisma"];
var SEVERITIES = ["error", "warning", "notice", "off"];
var TABLE_NAMINGS = ["as-declared", "snake_case"];
var DIALECTS = ["postgres"];
var DOCUMENTED_RULES = [
  { id: "duplicate-class-name", defaultSeverity: "warning", description: "One model class name defined in two or more files." },
  { id: "duplicate-table-name", defaultSeverity: "error", description: "Two mapped classes map to one table." },
  { id: "unimported-model", defaultSeverity: "warning", description: "A model class the registry never reaches, so the app and Alembic autogenerate never see it." },
  { id: "missing-migration", defaultSeverity: "error", description: "A table in the model schema that no migration creates." },
  { id: "orphan-table", defaultSeverity: "warning", description: "A table the migrations create that no model maps." },
  { id: "schema-drift", defaultSeverity: "error", description: "A column, index or foreign key that differs between the models and the migrations." },
  { id: "foreign-key-target", defaultSeverity: "error", description: "A foreign key to a table or column that neither side defines." },
  { id: "model-base", defaultSeverity: "error", description: "A model class not derived from a configured declarative base." },
  { id: "migration-graph", defaultSeverity: "error", description: "Several heads, a dangling down_revision, duplicate revision ids or cycles; SQL: two files with one version." },
  { id: "parse-error", defaultSeverity: "error", description: "A file that could not be parsed." },
  { id: "unresolved", defaultSeverity: "notice", description: "Code that cannot be evaluated statically; the tables it touches are marked uncertain." }
];
var DEFAULT_MODEL_INCLUDE = {
  sqlalchemy: ["app/models/**/*.py"],
  typeorm: ["src/**/*.entity.ts"],
  drizzle: ["src/db/schema.ts", "src/db/schema/**/*.ts"],
  prisma: ["prisma/schema.prisma"]
};
var DEFAULT_MIGRATION_INCLUDE = {
  alembic: ["migrations/versions/*.py", "alembic/versions/*.py"],
  sql: ["migrations/**/*.sql"],
  typeorm: ["src/migrations/*.ts"],
  drizzle: ["drizzle/*.sql"],
  prisma: ["prisma/migrations/*/migration.sql"]
};
var DEFAULT_MIGRATION_KIND = {
  sqlalchemy: "alembic",
  typeorm: "typeorm",
  drizzle: "drizzle",
  prisma: "prisma"
};
var DEFAULT_SQLALCHEMY_REGISTRY = "app/models/__init__.py";

// src/engine/messages.ts
function fillTemplate(template, data = {}) {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{{", i);
    if (open === -1) break;
    const close = template.indexOf("}}", open + 2);
    if (close === -1) break;
    out += template.slice(i, open);
    const key = template.slice(open + 2, close).trim();
    out += Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : template.slice(open, close + 2);
    i = close + 2;
  }
  return out + template.slice(i);
}
function formatList(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closestName(name, candidates) {
  let best = null;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const contains = Math.min(candidate.length, name.length) >= 4 && (candidate.includes(name) || name.includes(candidate));
    const distance = editDistance(name, candidate);
    const limit = Math.max(2, Math.floor(name.length / 3));
    if (!contains && distance > limit) continue;
    const score = (contains ? 0 : 1e3) + distance;
    if (!best || score < best.score || score === best.score && candidate < best.candidate) best = { candidate, score };
  }
  return best?.candidate ?? null;
}
function compareText(a, b) {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
function codePointRank(unit) {
  return unit >= 57344 ? unit - 2048 : unit >= 55296 ? unit + 8192 : unit;
}

// src/files.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { closeSync, fstatSync, openSync, promises as fs2, readFileSync, readSync, statSync } from "node:fs";
import path2 from "node:path";

// src/sourceText.ts
var UTF8 = new TextDecoder("utf-8");
function decodeSource(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    return { problem: `the file is encoded as ${utf16}, not UTF-8; ormlint reads UTF-8 source only (so does Python without a coding declaration): re-save it as UTF-8`, line: 1, column: 1 };
  }
  const text = UTF8.decode(bytes);
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const { line, column } = lineAndColumn(text, nul);
    return { problem: `the file contains a NUL byte at line ${line}, column ${column} (a binary or corrupted file?); Python and Postgres reject source with NUL bytes, so it is not read`, line, column };
  }
  return { text: normalizeLoneCarriageReturns(text) };
}
function normalizeLoneCarriageReturns(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/gu, "\n") : text;
}
function utf16Encoding(bytes) {
  if (bytes.length >= 4 && bytes[0] === 255 && bytes[1] === 254 && bytes[2] === 0 && bytes[3] === 0) return "UTF-32 (little-endian)";
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 254 && bytes[3] === 255) return "UTF-32 (big-endian)";
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) return "UTF-16 (little-endian)";
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) return "UTF-16 (big-endian)";
  if (bytes.length >= 4 && bytes.length % 2 === 0) {
    const sample = Math.min(bytes.length, 512);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i += 2) {
      if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZeros++;
      if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZeros++;
    }
    const pairs = sample / 2;
    if (oddZeros === pairs) return "UTF-16 (little-endian, no byte-order mark)";
    if (evenZeros === pairs) return "UTF-16 (big-endian, no byte-order mark)";
  }
  return null;
}
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/files.ts
var ALWAYS_SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git", "__pycache__", ".venv", "venv"]);
var YIELD_EVERY_CHARS = 256e3;
async function discoverFiles(root, include, exclude, maxFileBytes, onFile) {
  if (include.length === 0) return { files: [], problems: [] };
  let rootReal;
  try {
    rootReal = await fs2.realpath(root);
  } catch {
    return { files: [], problems: [] };
  }
  const walk = {
    rootReal,
    isIncluded: (0, import_picomatch.default)(include),
    excluded: exclude.length > 0 ? (0, import_ignore.default)().add(exclude) : null,
    files: /* @__PURE__ */ new Set(),
    linksOutside: /* @__PURE__ */ new Set(),
    linksIntoGit: /* @__PURE__ */ new Set()
  };
  for (const start of walkStarts(include)) await walkFrom(root, start, walk);
  const problems = [...walk.linksOutside].sort(comparePaths).map((file) => ({
    kind: "unresolved",
    message: "skipped: symbolic link to a path outside the project root; ormlint reads only files under the root",
    location: { file, line: 1, column: 1 }
  }));
  for (const file of [...walk.linksIntoGit].sort(comparePaths)) {
    problems.push({ kind: "unresolved", message: "skipped: symbolic link into .git; ormlint never reads the .git folder", location: { file, line: 1, column: 1 } });
  }
  const files = [];
  const paths = [...walk.files].sort(comparePaths);
  let unyielded = 0;
  for (const file of paths) {
    const result = readSourceFile(root, file, maxFileBytes);
    if ("text" in result) {
      files.push(result);
      if (onFile) {
        onFile(result);
        unyielded += result.text.length;
        if (unyielded >= YIELD_EVERY_CHARS) {
          unyielded = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } else problems.push(result);
  }
  return { files, problems };
}
function walkStarts(include) {
  const starts = /* @__PURE__ */ new Map();
  for (const pattern of include) {
    const scan = import_picomatch.default.scan(pattern);
    let start;
    if (!scan.isGlob) {
      const dir = path2.posix.dirname(scan.base);
      start = { base: dir === "." ? "" : dir, depth: 1 };
    } else {
      const unbounded = scan.isGlobstar || scan.glob.includes("**") || scan.isBrace || scan.isExtglob;
      start = { base: scan.base === "." ? "" : scan.base, depth: unbounded ? Infinity : scan.glob.split("/").length };
    }
    const key = `${start.base}\0${start.depth}`;
    if (!starts.has(key)) starts.set(key, start);
  }
  return [...starts.values()];
}
async function walkFrom(root, start, walk) {
  const segments = start.base === "" ? [] : start.base.split("/");
  if (segments.some((segment) => segment === ".." || ALWAYS_SKIPPED_FOLDERS.has(segment))) return;
  for (let i = 1; i <= segments.length; i++) {
    if (walk.excluded?.ignores(`${segments.slice(0, i).join("/")}/`)) return;
  }
  const absolute = path2.join(root, ...segments);
  let real;
  try {
    real = await fs2.realpath(absolute);
    if (!(await fs2.stat(real)).isDirectory()) return;
  } catch {
    return;
  }
  if (!isInside(walk.rootReal, real) || isInForbiddenFolder(walk.rootReal, real)) return;
  await walkFolder(absolute, start.base, real, start.depth, /* @__PURE__ */ new Set([real]), walk);
}
async function walkFolder(absolute, relative, real, depth, ancestors, walk) {
  let entries;
  try {
    entries = await fs2.readdir(absolute, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const entry of entries) {
    const childRelative = relative === "" ? entry.name : `${relative}/${entry.name}`;
    if (entry.isFile()) {
      if (matches(childRelative, walk)) walk.files.add(childRelative);
      continue;
    }
    const childAbsolute = path2.join(absolute, entry.name);
    let childReal = path2.join(real, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = false;
    if (entry.isSymbolicLink()) {
      try {
        childReal = await fs2.realpath(childAbsolute);
        const target = await fs2.stat(childReal);
        isFolder = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
      if (!isInside(walk.rootReal, childReal)) {
        if (isFile && matches(childRelative, walk)) walk.linksOutside.add(childRelative);
        continue;
      }
      if (isInForbiddenFolder(walk.rootReal, childReal)) {
        if (isFile && matches(childRelative, walk)) walk.linksIntoGit.add(childRelative);
        continue;
      }
    }
    if (isFile) {
      if (matches(childRelative, walk)) walk.files.add(childRelative);
    } else if (isFolder) {
      if (depth <= 1 || ALWAYS_SKIPPED_FOLDERS.has(entry.name) || ancestors.has(childReal)) continue;
      if (walk.excluded?.ignores(`${childRelative}/`)) continue;
      await walkFolder(childAbsolute, childRelative, childReal, depth - 1, /* @__PURE__ */ new Set([...ancestors, childReal]), walk);
    }
  }
}
function matches(relative, walk) {
  return walk.isIncluded(relative) && !walk.excluded?.ignores(relative);
}
function readSourceFile(root, file, maxFileBytes) {
  const absolute = path2.join(root, ...file.split("/"));
  const location = { file, line: 1, column: 1 };
  let fd;
  try {
    fd = openSync(absolute, "r");
  } catch {
    return readSourceFileByPath(absolute, file, maxFileBytes);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxFileBytes) {
      return { kind: "unresolved", message: oversizeMessage(size, maxFileBytes), location };
    }
    return sourceFile(file, readOpenFile(fd, size));
  } catch (error) {
    const code = error.code ?? String(error);
    return { kind: "parse-error", message: `could not read the file (${code})`, location };
  } finally {
    closeSync(fd);
  }
}
function readSourceFileByPath(absolute, file, maxFileBytes) {
  const location = { file, line: 1, column: 1 };
  try {
    const { size } = statSync(absolute);
    if (size > maxFileBytes) {
      return { kind: "unresolved", message: oversizeMessage(size, maxFileBytes), location };
    }
    return sourceFile(file, readFileSync(absolute));
  } catch (error) {
    const code = error.code ?? String(error);
    return { kind: "parse-error", message: `could not read the file (${code})`, location };
  }
}
function sourceFile(file, bytes) {
  const decoded = decodeSource(bytes);
  if ("problem" in decoded) return { kind: "parse-error", message: decoded.problem, location: { file, line: decoded.line, column: decoded.column } };
  return { path: file, text: decoded.text };
}
function readOpenFile(fd, size) {
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled < size ? bytes.subarray(0, filled) : bytes;
}
function oversizeMessage(size, limit) {
  let sizeText = formatBytes(size);
  let limitText = formatBytes(limit);
  if (sizeText === limitText) {
    sizeText = `${size} bytes`;
    limitText = `${limit} bytes`;
  }
  return `skipped: ${sizeText} is over the ${limitText} limit (maxFileBytes); raise maxFileBytes in .ormlint.yml to check this file`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"];
  return `${value.toFixed(1).replace(/\.0$/, "")} ${unit}`;
}
function comparePaths(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var NOT_PROJECT_MODULES = /* @__PURE__ */ new Set(["site-packages", "dist-packages", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "env", ".env"]);
async function projectSources(root, extensions, maxFileBytes) {
  let rootReal;
  try {
    rootReal = await fs2.realpath(root);
  } catch {
    return { paths: [], read: () => null };
  }
  const walk = {
    rootReal,
    // `/pyproject.toml` also matches one at the root.
    isIncluded: (relative) => extensions.some((ext) => relative.endsWith(ext) || `/${relative}` === ext),
    excluded: (0, import_ignore.default)().add([...NOT_PROJECT_MODULES].map((name) => `${name}/`)),
    files: /* @__PURE__ */ new Set(),
    linksOutside: /* @__PURE__ */ new Set(),
    linksIntoGit: /* @__PURE__ */ new Set()
  };
  await walkFrom(root, { base: "", depth: Infinity }, walk);
  const listed = walk.files;
  return {
    paths: [...listed].sort(comparePaths),
    read(file) {
      if (!listed.has(file)) return null;
      const read = readConfinedFileSync(rootReal, file, maxFileBytes);
      return read.kind === "ok" ? normalizeLoneCarriageReturns(read.text) : null;
    }
  };
}

export {
  ConfinementError,
  isInside,
  isInForbiddenFolder,
  readConfinedFileSync,
  describeReadFailure,
  writeConfinedFileSync,
  pathTaken,
  DEFAULT_MAX_FILE_BYTES,
  CONFIG_MAX_BYTES,
  BASELINE_MAX_BYTES,
  CONFIG_FILE_NAMES,
  ORMS,
  MIGRATION_KINDS,
  SEVERITIES,
  TABLE_NAMINGS,
  DIALECTS,
  DOCUMENTED_RULES,
  DEFAULT_MODEL_INCLUDE,
  DEFAULT_MIGRATION_INCLUDE,
  DEFAULT_MIGRATION_KIND,
  DEFAULT_SQLALCHEMY_REGISTRY,
  fillTemplate,
  formatList,
  closestName,
  compareText,
  discoverFiles,
  projectSources
};
