# syntax=docker/dockerfile:1
# The bot as a container: `docker build -t news-digest-bot .` then
#   docker run --env-file .env -v news-digest-data:/data -p 127.0.0.1:8080:8080 news-digest-bot
# Not built in this repository's CI (no Docker engine there): see README, "Running in production".

# --- build: install everything (better-sqlite3 compiles here when no prebuilt binary fits), bundle, prune ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# --- run: production dependencies, the bundle and the articles; no compiler, no sources, not root ---
FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /data \
  && chown node:node /data
WORKDIR /app
ENV NODE_ENV=production \
    DATABASE_PATH=/data/bot.sqlite \
    ARTICLES_DIR=/app/data/articles \
    HEALTH_PORT=8080 \
    HEALTH_HOST=0.0.0.0
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data/articles ./data/articles
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.HEALTH_PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# tini is PID 1: it forwards SIGTERM to node (the bot closes the gateway and the database, then exits 0)
# and reaps zombies. The flags are src/ops/node-flags.ts's.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-semi-space-size=2", "dist/main.js"]
