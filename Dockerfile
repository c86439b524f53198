# syntax=docker/dockerfile:1
# MotCua — citizen-support assistant. Multi-stage: compile TypeScript, then a slim runtime with production deps only.

# ---- build: all dependencies, compile src/ → dist/ ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/var
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# knowledge files (seeded into the store at start) and the web chat page (served from <root>/src/web/public)
COPY data ./data
COPY intents ./intents
COPY src/web/public ./src/web/public
COPY src/web/console-public ./src/web/console-public
COPY src/web/editor-public ./src/web/editor-public
# the embedded store / lock files live in DATA_DIR: the only writable place, owned by the unprivileged user
RUN mkdir -p /app/var && chown node:node /app/var
USER node
VOLUME ["/app/var"]
EXPOSE 3000
# slim images have no curl: probe liveness with node's own fetch
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
