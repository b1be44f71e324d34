# syntax=docker/dockerfile:1
# The central server, bienestar-central, without Qt: `pip install ".[server]"` installs the
# base dependencies and the server extra only (FastAPI, uvicorn, psycopg), never PySide6.
# Build from the repository root: docker build -t bienestar-central .
# (deploy/compose.yaml builds it, with PostgreSQL and Caddy in front; README: "Running the
# central server").
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bienestar_field/ bienestar_field/
COPY bienestar_wire/ bienestar_wire/
COPY bienestar_central/ bienestar_central/
# pip's cache is a build cache mount: reused between builds, never in the image.
RUN --mount=type=cache,target=/root/.cache/pip \
    python3 -m venv /opt/bienestar-central \
    && /opt/bienestar-central/bin/pip install ".[server]"

FROM python:3.11-slim
RUN useradd --system --user-group --uid 10001 --home-dir /var/lib/bienestar-central \
        --create-home --shell /usr/sbin/nologin bienestar \
    && chmod 0700 /var/lib/bienestar-central
COPY --from=build /opt/bienestar-central /opt/bienestar-central
# BIENESTAR_CENTRAL_DATABASE_URL (postgresql+psycopg://USER:PASSWORD@HOST:5432/DB) is the
# database; without it, SQLite in the data folder. The data folder holds server-keys.json.
ENV PATH=/opt/bienestar-central/bin:$PATH \
    BIENESTAR_CENTRAL_DATA_DIR=/var/lib/bienestar-central \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
USER bienestar:bienestar
WORKDIR /var/lib/bienestar-central
VOLUME ["/var/lib/bienestar-central"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python3", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/v1/health', timeout=4)"]
ENTRYPOINT ["bienestar-central"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
