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
COPY --from=build /src/target/seguimiento-compromisos-*.jar app.jar
USER seguimiento
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
