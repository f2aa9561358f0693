import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * A small reader for the subset of schema.prisma this project uses, so tests can compare the
 * schema with the migrated database without Prisma's schema engine (unavailable offline).
 */
export type TSchemaField = {
  name: string;
  column: string;
  type: string;
  optional: boolean;
  list: boolean;
  nativeType: string | null;
  nativeArgs: number[];
  isRelation: boolean;
};
export type TSchemaModel = { name: string; table: string; fields: TSchemaField[] };
export type TSchemaEnum = { name: string; dbName: string; values: string[] };
export type TPrismaSchema = { models: TSchemaModel[]; enums: TSchemaEnum[] };

const blockPattern = /^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;

export function readPrismaSchema(file = path.resolve(process.cwd(), "prisma", "schema.prisma")): TPrismaSchema {
  const text = readFileSync(file, "utf8").replace(/\/\/.*$/gm, "");
  const blocks = [...text.matchAll(blockPattern)].map((m) => ({ kind: m[1]!, name: m[2]!, body: m[3]! }));
  const enumNames = new Set(blocks.filter((b) => b.kind === "enum").map((b) => b.name));
  const modelNames = new Set(blocks.filter((b) => b.kind === "model").map((b) => b.name));

  const enums = blocks
    .filter((b) => b.kind === "enum")
    .map((b) => {
      const lines = b.body.split("\n").map((l) => l.trim()).filter(Boolean);
      const dbName = lines.map((l) => l.match(/^@@map\("([^"]+)"\)/)?.[1]).find(Boolean) ?? b.name;
      return { name: b.name, dbName, values: lines.filter((l) => !l.startsWith("@@")) };
    });

  const models = blocks
    .filter((b) => b.kind === "model")
    .map((b) => {
      const lines = b.body.split("\n").map((l) => l.trim()).filter(Boolean);
      const table = lines.map((l) => l.match(/^@@map\("([^"]+)"\)/)?.[1]).find(Boolean) ?? b.name;
      const fields = lines
        .filter((l) => !l.startsWith("@@"))
        .map((line): TSchemaField => {
          const [, name, rawType, rest = ""] = line.match(/^(\w+)\s+([\w[\]?]+)\s*(.*)$/) ?? [];
          if (!name || !rawType) throw new Error(`Cannot read field line: ${line}`);
          const type = rawType.replace(/[[\]?]/g, "");
          const native = rest.match(/@db\.(\w+)(?:\(([^)]*)\))?/);
          return {
            name,
            column: rest.match(/@map\("([^"]+)"\)/)?.[1] ?? name,
            type,
            optional: rawType.endsWith("?"),
            list: rawType.endsWith("[]"),
            nativeType: native?.[1] ?? null,
            nativeArgs: native?.[2] ? native[2].split(",").map((n) => Number(n.trim())) : [],
            isRelation: modelNames.has(type),
          };
        });
      return { name: b.name, table, fields };
    });

  for (const model of models) {
    for (const field of model.fields) {
      if (!field.isRelation && !enumNames.has(field.type) && !scalarTypes.has(field.type)) {
        throw new Error(`${model.name}.${field.name}: unknown type ${field.type}`);
      }
    }
  }
  return { models, enums };
}

const scalarTypes = new Set(["String", "Int", "BigInt", "Boolean", "DateTime", "Json", "Decimal", "Float", "Bytes"]);

/** The information_schema udt_name a field's column must have. */
export function expectedUdtName(field: TSchemaField, enums: TSchemaEnum[]): string {
  const enumType = enums.find((e) => e.name === field.type);
  const base = enumType
    ? enumType.dbName
    : field.nativeType
      ? ({ Uuid: "uuid", Char: "bpchar", Timestamptz: "timestamptz", Decimal: "numeric", VarChar: "varchar", Text: "text" } as Record<string, string>)[field.nativeType] ?? field.nativeType.toLowerCase()
      : ({ String: "text", Int: "int4", BigInt: "int8", Boolean: "bool", DateTime: "timestamp", Json: "jsonb", Decimal: "numeric", Float: "float8", Bytes: "bytea" } as Record<string, string>)[field.type]!;
  return field.list ? `_${base}` : base;
}
