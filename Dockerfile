# The content service as a container image: built from source, run from the Boot jar's
# layers as a non-root user. Build with BuildKit (the default since Docker Engine 23):
#
#   docker build -t unicancer-content .
#
# Base images are pinned to exact releases; raise them together when a new JDK 17 update
# ships (see docs/DEPLOYMENT.md, "Upgrades").

FROM eclipse-temurin:17.0.17_10-jdk-noble AS build
WORKDIR /build
# Only what the build reads; .dockerignore keeps everything else out of the context.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/main/ src/main/
COPY graphql/ graphql/
COPY seed/ seed/
# Maven and the dependencies are kept in a cache mount across builds. Tests and the format
# check run in CI, not here; test sources are not even in the build context.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Dmaven.test.skip=true -Dspring-javaformat.skip=true package \
    && cp target/content-service-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --destination extracted

FROM eclipse-temurin:17.0.17_10-jre-noble AS runtime
# A fixed uid and gid, so volumes and Kubernetes' runAsUser can name them.
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin app \
    && mkdir -p /app/data \
    && chown app:app /app/data
WORKDIR /app
# Least to most often changed, so a code change rebuilds only the last layer. The files
# stay owned by root: the service can read them, not change them.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

# The heap and collector are those measured for 100,000 articles at 16 clients (RSS 450 to
# 490 MB under reads and writes, docs/PERFORMANCE.md "Start-up and memory"); raise -Xmx with
# JAVA_TOOL_OPTIONS for more. MALLOC_ARENA_MAX keeps glibc from reserving an arena per
# thread. On
# OutOfMemoryError the process exits and the orchestrator restarts it rather than leaving it
# half-working. The liveness and readiness health groups are on, as on Kubernetes, for the
# health check below.
# The development token issuer stays off, even on the embedded store: editors' tokens come
# from an identity provider (OAUTH2_ISSUER_URI). For a demo on the embedded store, turn it
# on with `docker run -e LOCAL_ISSUER_ENABLED=true ...`: it then generates its client
# secrets into /app/data and logs the command that gets a token (docs/SECURITY.md).
ENV PORT=8080 \
    UNICANCER_DATA_DIR=/app/data \
    MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true \
    LOCAL_ISSUER_ENABLED=false \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Xmx192m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"

# Class-data sharing: a training run starts the application context on a throw-away store
# and stops (spring.context.exit=onRefresh), and the JVM writes the classes it loaded to
# app.jsa; every start then maps them instead of loading and verifying them again, which
# takes a restart on the seed from about 5.3 s to 3.5 s (docs/PERFORMANCE.md). It runs here,
# on the image's own JVM and with the image's settings, as the archive requires.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar app.jar \
       --unicancer.store.data-dir=/tmp/cds-training \
    && rm -rf /tmp/cds-training
USER 10001:10001
EXPOSE 8080
# Ready means 200. bash opens the connection itself, so the check needs no curl or wget.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && IFS= read -r status <&3 && [[ $status == *' 200'* ]]"]
# Arguments given to `docker run IMAGE ...` reach the application.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-jar", "app.jar"]
