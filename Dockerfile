# Multaqa: API and web app in one image. Build: docker compose build
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contract/package.json packages/contract/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build && pnpm deploy --filter @multaqa/api --prod --legacy /out/api

FROM node:24-bookworm-slim
# Production defaults: no demo accounts, Secure cookies; set ADMIN_EMAIL for the first admin.
ENV NODE_ENV=production PORT=3000 WEB_DIST_DIR=/app/web
WORKDIR /app/api
COPY --from=build /out/api ./
COPY --from=build /app/apps/api/dist ./dist
COPY --from=build /app/apps/web/dist /app/web
USER node
EXPOSE 3000
CMD ["node", "dist/main.js"]
