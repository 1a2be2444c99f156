# The newsclaims image: the `newsclaims` command (and Prefect, at the version pyproject pins).
# docker-compose.yml runs it twice: as the Prefect server, and as `newsclaims serve`, the worker.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PREFECT_SERVER_ANALYTICS_ENABLED=false \
    DO_NOT_TRACK=1

WORKDIR /src
COPY . .
# The wheel carries sql/ (migrations, views, analyses) as newsclaims/sql.
RUN pip install . \
 && cd / && rm -rf /src \
 && useradd --create-home --uid 10001 newsclaims \
 && mkdir -p /data /inbox /config \
 && chown newsclaims:newsclaims /data

USER newsclaims
# A named volume mounted on /data starts with this folder's owner, so the user can write the DB.
WORKDIR /data
ENV NEWSCLAIMS_DB=/data/newsclaims.duckdb

ENTRYPOINT ["newsclaims"]
CMD ["serve", "--config", "/config/newsclaims.toml"]
