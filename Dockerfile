# Production image of the SSME portal. Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# ReadyToRun: precompiled code starts the portal about a third faster than JIT (README, Benchmarks).
RUN dotnet publish src/Ssme.Web/Ssme.Web.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# fontconfig and DejaVu let SkiaSharp lay out the PDF reports with accents.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__DataPath=/data \
    Serilog__WriteTo__1__Args__path=/data/logs/ssme-.log
EXPOSE 8080
VOLUME /data
USER $APP_UID
ENTRYPOINT ["dotnet", "Ssme.Web.dll"]
