# syntax=docker/dockerfile:1
# Switchyard gateway image (also runs the simulator: `switchyard sim`, and `switchyard doctor`).
#
#   docker build -t switchyard:local .
#   docker run --rm -p 8080:8080 -p 9190:9190 \
#     -v "$PWD/config.yaml:/etc/switchyard/config.yaml:ro" switchyard:local
#
# Config: mounted at /etc/switchyard/config.yaml (SWITCHYARD_CONFIG below). The config must keep
# server.host and metrics.host at 0.0.0.0 (the default): a server bound to 127.0.0.1 inside a
# container is unreachable through published ports. `-e SWITCHYARD_CONFIG=` runs the embedded demo.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first: this layer is reused until the lockfile changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    SWITCHYARD_CONFIG=/etc/switchyard/config.yaml
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
# Numeric UID (the image's `node` user) so Kubernetes runAsNonRoot can verify it without /etc/passwd.
USER 1000:1000
EXPOSE 8080 9190
# node instead of curl: the slim image has no curl, and one fewer package to patch.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node as PID 1 receives SIGTERM directly: the gateway drains (readyz 503, in-flight requests
# finish up to server.drain_timeout_ms) and exits 0.
ENTRYPOINT ["node", "/app/bin/switchyard.js"]
CMD ["serve"]
