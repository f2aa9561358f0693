import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  patterns: [
    {
      group: ["@prisma/client", "@prisma/client/*", "**/db/generated/**", "@/server/db/*", "@/server/services/**/*.int.test"],
      message: "Screens and tRPC routers never touch the database: call a service in server/services instead.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next/**", "server/db/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name=/^\\$(queryRawUnsafe|executeRawUnsafe)$/]", message: "Use tagged $queryRaw / Prisma.sql or pg parameters." },
      ],
    },
  },
  {
    // Layering (conventions.md): Prisma stays out of the API and screen layers.
    files: ["server/api/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", prismaImports] },
  },
  {
    // Domain code is pure: no database, network or framework.
    files: ["server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/server/db/*", "@/server/services/*", "pg", "pg-boss", "next/*", "@trpc/*", "node:fs", "node:http", "node:https"], message: "server/domain is pure: pass data and `now` in." }] },
      ],
    },
  },
];

export default config;
