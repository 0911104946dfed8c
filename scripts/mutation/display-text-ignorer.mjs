// @ts-check
/**
 * A StrykerJS ignorer (stryker.config.mjs → ignorers: ["DisplayText"]): text written for people —
 * labels, units, sources, rationale sentences, gate reasons, error messages — is left out of the
 * mutation score instead of being counted. Only string and template literals in those places are
 * ignored; the logic that decides which text applies (conditions, which factors are listed) is
 * still mutated and must be pinned by tests.
 */
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

/** Object properties whose value is text for people: `{ label: "…", source: "…" }`. */
const DISPLAY_PROPERTIES = new Set(["label", "unit", "source", "validityNote", "rationale", "definition", "note", "hfmaMapKey", "description"]);

/** Variables that hold sentences: assigned (`rationale = …`) or pushed to (`reasons.push(…)`). */
const DISPLAY_VARIABLES = new Set(["rationale", "reasons", "deciding"]);

/** Constant tables of labels: `FACTOR_LABELS = { clinicalComplexity: "clinical complexity", … }`. */
const LABEL_TABLE = /_(LABELS|DESCRIPTIONS)$/;

/** @param {any} node */
function keyName(node) {
  if (!node) return undefined;
  if (node.type === "Identifier") return node.name;
  if (node.type === "StringLiteral") return node.value;
  return undefined;
}

/** @param {import("@babel/core").NodePath} path */
function displayPlace(path) {
  const parent = path.parentPath;
  if (!parent) return undefined;
  const p = /** @type {any} */ (parent.node);
  if (parent.isObjectProperty() && p.value === path.node) {
    const key = keyName(p.key);
    if (key !== undefined && DISPLAY_PROPERTIES.has(key)) return `the "${key}" property is display text`;
    const table = parent.parentPath?.parentPath;
    if (table?.isVariableDeclarator() && LABEL_TABLE.test(keyName(/** @type {any} */ (table.node).id) ?? "")) return "a label table's entry is display text";
  }
  if (parent.isAssignmentExpression() && p.right === path.node && DISPLAY_VARIABLES.has(keyName(p.left) ?? "")) return "a sentence for people";
  if (parent.isCallExpression() && p.arguments.includes(path.node)) {
    const callee = p.callee;
    if (callee.type === "MemberExpression" && keyName(callee.property) === "push" && DISPLAY_VARIABLES.has(keyName(callee.object) ?? "")) return "a sentence for people";
  }
  if (parent.isNewExpression() && keyName(p.callee) === "Error") return "an error message";
  return undefined;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "DisplayText", {
    shouldIgnore(path) {
      if (!path.isStringLiteral() && !path.isTemplateLiteral()) return undefined;
      return displayPlace(path);
    },
  }),
];
