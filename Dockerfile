# Builds the application jar and runs it on a JRE. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 seguimiento
WORKDIR /app
COPY --from=build /src/target/seguimiento-compromisos-*.jar /tmp/seguimiento.jar
# The jar unpacked (classes load faster than from jars nested in a jar) and the classes of a
# training start archived for the JVM to map at every start: about 40 % off the start-up
# (docs/operations.md, "Start-up"). The training start stops once the application is ready, on an
# in-memory database that goes with it.
RUN java -Djarmode=tools -jar /tmp/seguimiento.jar extract \
      --destination /app --application-filename app.jar --force \
 && rm /tmp/seguimiento.jar \
 && java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar \
      --spring.profiles.active=demo --spring.datasource.url=jdbc:h2:mem:training --server.port=0
USER seguimiento
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
