import Assembler from "stream-json/core/assembler.js";
import type { Token } from "stream-json/core/parser.js";

/**
 * Routes a streamed JSON document to records without materialising it. A router looks at the
 * path of each value as it starts (keys and array indexes) and says what it is:
 *  - `record`    assemble it and yield it (optionally tagged with `relation`);
 *  - `candidate` an object that is either a record itself or an envelope: walk its members;
 *                members the router does not claim are assembled into a "residue", which becomes
 *                the record unless something structural (a record, container, candidate) was
 *                found inside — then the object was an envelope and the residue is dropped;
 *  - `container` walk it, keep nothing unclaimed;
 *  - `side`      assemble it and hand it over (X `errors[]`, `meta`, TikTok `error`);
 *  - `skip`      ignore the whole subtree (never assembled).
 * `null` means the default: residue inside a candidate, skip elsewhere.
 * The same router drives `walkValue` for already-parsed values (JSONL lines), so both paths agree.
 */
export type TRelation = "follower" | "following" | null;
export type TPathKey = string | number;
export type TValueType = "object" | "array" | "scalar";
export type TRoute =
  | { kind: "record"; relation?: TRelation }
  | { kind: "candidate"; relation?: TRelation }
  | { kind: "container" }
  | { kind: "side"; tag: string }
  | { kind: "skip" };
export type TRouter = (path: readonly TPathKey[], type: TValueType) => TRoute | null;
export type TWalkEvent =
  | { kind: "record"; value: unknown }
  | { kind: "side"; tag: string; value: unknown; path: readonly TPathKey[] };

type TFrame = {
  type: "object" | "array";
  mode: "candidate" | "container";
  path: TPathKey[];
  key: string;
  index: number;
  residue: Record<string, unknown> | null;
  envelope: boolean;
  relation: TRelation | undefined;
};
type TTarget =
  | { kind: "record"; relation: TRelation | undefined }
  | { kind: "side"; tag: string; path: TPathKey[] }
  | { kind: "residue"; frame: TFrame; key: string }
  | { kind: "skip" };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

export function withRelation(value: unknown, relation: TRelation | undefined): unknown {
  if (relation !== undefined && isPlainObject(value)) value.relation = relation;
  return value;
}

const valueType = (token: Token): TValueType =>
  token.name === "startObject" ? "object" : token.name === "startArray" ? "array" : "scalar";

export class JsonWalker {
  readonly events: TWalkEvent[] = [];
  sawToken = false;
  rootDone = false;
  private readonly frames: TFrame[] = [];
  private target: TTarget | null = null;
  private assembler: Assembler | null = null;
  private depth = 0;

  constructor(private readonly router: TRouter) {}

  consume(token: Token): void {
    this.sawToken = true;
    if (this.target) return this.continueTarget(token);
    switch (token.name) {
      case "keyValue": {
        const frame = this.frames.at(-1);
        if (frame) frame.key = token.value;
        return;
      }
      case "endObject":
      case "endArray":
        return this.closeFrame();
      case "startObject":
      case "startArray":
      case "stringValue":
      case "numberValue":
      case "nullValue":
      case "trueValue":
      case "falseValue":
        return this.beginValue(token);
      default:
        return;
    }
  }

  private beginValue(token: Token): void {
    const parent = this.frames.at(-1);
    const path: TPathKey[] = parent ? [...parent.path, parent.type === "object" ? parent.key : parent.index++] : [];
    const type = valueType(token);
    const route = this.router(path, type);
    const kind = route?.kind ?? (parent?.mode === "candidate" && parent.residue ? "residue" : "skip");
    if (kind === "container" || kind === "candidate") {
      if (type === "scalar") return this.valueDone();
      this.markEnvelope();
      const relation = route && "relation" in route ? route.relation : undefined;
      const mode = kind === "candidate" && type === "object" ? "candidate" : "container";
      this.frames.push({ type, mode, path, key: "", index: 0, residue: mode === "candidate" ? {} : null, envelope: false, relation });
      return;
    }
    if (route?.kind === "record") {
      this.markEnvelope();
      this.target = { kind: "record", relation: route.relation };
    } else if (route?.kind === "side") this.target = { kind: "side", tag: route.tag, path };
    else if (kind === "residue" && parent) this.target = { kind: "residue", frame: parent, key: parent.key };
    else this.target = { kind: "skip" };
    this.assembler = this.target.kind === "skip" ? null : new Assembler();
    this.depth = 0;
    this.continueTarget(token);
  }

  private continueTarget(token: Token): void {
    this.assembler?.consume(token);
    if (token.name === "startObject" || token.name === "startArray") this.depth += 1;
    else if (token.name === "endObject" || token.name === "endArray") this.depth -= 1;
    else if (token.name === "keyValue") return;
    if (this.depth > 0) return;
    const target = this.target;
    const value: unknown = this.assembler?.current;
    this.target = null;
    this.assembler = null;
    if (target?.kind === "record") this.events.push({ kind: "record", value: withRelation(value, target.relation) });
    else if (target?.kind === "side") this.events.push({ kind: "side", tag: target.tag, value, path: target.path });
    else if (target?.kind === "residue" && target.frame.residue) setOwn(target.frame.residue, target.key, value);
    this.valueDone();
  }

  private closeFrame(): void {
    const frame = this.frames.pop();
    if (frame?.residue && !frame.envelope && Object.keys(frame.residue).length > 0) {
      this.markEnvelope();
      this.events.push({ kind: "record", value: withRelation(frame.residue, frame.relation) });
    }
    this.valueDone();
  }

  private valueDone(): void {
    if (this.frames.length === 0) this.rootDone = true;
  }

  /** Something structural was found: every enclosing candidate is an envelope, not a record. */
  private markEnvelope(): void {
    for (let i = this.frames.length - 1; i >= 0; i -= 1) {
      const frame = this.frames[i];
      if (!frame || frame.mode !== "candidate") continue;
      if (frame.envelope) return;
      frame.envelope = true;
      frame.residue = null;
    }
  }
}

/** The same routing over an already-parsed value (a JSONL line). */
export function walkValue(value: unknown, router: TRouter, events: TWalkEvent[]): void {
  visit(value, [], null, router, events);
}

type TVisitParent = { candidate: boolean; residue: Record<string, unknown> | null; structural: boolean };

function visit(value: unknown, path: TPathKey[], parent: TVisitParent | null, router: TRouter, events: TWalkEvent[]): void {
  const type: TValueType = Array.isArray(value) ? "array" : isPlainObject(value) ? "object" : "scalar";
  const route = router(path, type);
  if (!route) {
    if (parent?.candidate && parent.residue && path.length > 0) setOwn(parent.residue, String(path.at(-1)), value);
    return;
  }
  if (route.kind === "skip") return;
  if (route.kind === "side") {
    events.push({ kind: "side", tag: route.tag, value, path });
    return;
  }
  if (parent) parent.structural = true;
  if (route.kind === "record") {
    events.push({ kind: "record", value: withRelation(value, route.relation) });
    return;
  }
  const self: TVisitParent = { candidate: route.kind === "candidate" && type === "object", residue: {}, structural: false };
  if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i], self, router, events));
  else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) visit(item, [...path, key], self, router, events);
  const relation = route.kind === "candidate" ? route.relation : undefined;
  if (self.candidate && !self.structural && self.residue && Object.keys(self.residue).length > 0) {
    events.push({ kind: "record", value: withRelation(self.residue, relation) });
  }
  // (the parent was already marked structural above: entering a candidate/container makes it an envelope)
}
