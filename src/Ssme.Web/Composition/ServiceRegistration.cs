using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;
using Ssme.Domain.Common;
using Ssme.Domain.Methodology;
using Ssme.Domain.Users;
using Ssme.Infrastructure;
using Ssme.Infrastructure.Data;
using Ssme.Infrastructure.Identity;

namespace Ssme.Web.Composition;

public static class ServiceRegistration
{
    public const string SignInRateLimit = "sign-in";

    public static WebApplicationBuilder AddSsmeServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog((provider, logger) => logger.ReadFrom.Configuration(configuration).ReadFrom.Services(provider));

        var dataFolder = DataFolder(builder.Environment, configuration);
        PutRelativeLogInDataFolder(configuration, dataFolder);
        services.AddSingleton(new DataFolder(dataFolder));
        services.AddSingleton(TimeProvider.System);
        services.AddSsmeInfrastructure(configuration, dataFolder);
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        services.AddSingleton(new Features.Shared.WriteGate(enabled: provider == DatabaseProvider.Sqlite));

        AddIdentity(services, builder.Environment);
        AddAuthorization(services);
        AddRateLimiting(services, configuration);

        services.AddRazorPages(options =>
        {
            options.Conventions.AllowAnonymousToPage("/Home/Error");
            options.Conventions.AllowAnonymousToPage("/Home/Accessibility");
            options.Conventions.AllowAnonymousToPage("/Home/SiteMap");
            options.Conventions.AllowAnonymousToPage("/Privacy/Index");
            options.RootDirectory = "/Features";
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AuthorizeFolder("/Waves", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Reports", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Questionnaires", Policies.ClusterManager);
            options.Conventions.AuthorizeFolder("/Review", Policies.Analyst);
            options.Conventions.AuthorizeFolder("/Narrative", Policies.Analyst);
            options.Conventions.AllowAnonymousToFolder("/Results");
            options.Conventions.AuthorizeFolder("/Exchange", Policies.Analyst);
            options.Conventions.AuthorizeFolder("/Privacy", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Roster", Policies.Admin);
        }).AddMvcOptions(options =>
        {
            Features.Shared.SpanishBindingMessages.Apply(options.ModelBindingMessageProvider);

            // Every required field says so in Spanish with [Required]; the implicit English rule for
            // non-nullable strings would otherwise add "The … field is required." beside it.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.Filters.Add<Features.Account.AdminSecondFactorFilter>();
        });
        // Every cookie (session, antiforgery, status messages) is Secure outside Development.
        services.Configure<CookiePolicyOptions>(options =>
            options.Secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ssme.af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        ConfigureForwardedHeaders(services, configuration);

        services.AddHealthChecks().AddDbContextCheck<SsmeDbContext>("database");
        AddFeatureHandlers(services);

        // Loaded and validated now, so a malformed methodology stops the start with its reason.
        services.AddSingleton(MethodologyCatalog.LoadEmbedded());
        services.AddSingleton<Ssme.Domain.Methodology.SubmissionCategorizer>();
        return builder;
    }

    /// <summary>
    /// Only the proxies listed in <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c> may say
    /// who the client is. The framework trusts loopback by default, which let anyone on the machine
    /// forge X-Forwarded-For and get a fresh sign-in allowance; and with empty lists it trusts every
    /// sender, so without configured proxies the headers are not read at all.
    /// </summary>
    private static void ConfigureForwardedHeaders(IServiceCollection services, ConfigurationManager configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
            var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds the loopback default and is still consulted.
            options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            options.ForwardedHeaders = proxies.Length + networks.Length > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
        });

    private static void AddFeatureHandlers(IServiceCollection services)
    {
        services.AddOptions<Features.Shared.PortalOptions>()
            .BindConfiguration(Features.Shared.PortalOptions.Section)
            .Validate(options => Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out _), "Portal:BaseUrl must be the portal's absolute address (https://…); e-mail links are built from it.")
            .ValidateOnStart();
        services.AddScoped<Features.Shared.PortalLinks>();
        services.AddScoped<Features.Shared.UnitOfWork>();
        services.AddScoped<Features.Account.AuthenticatorEnrolmentHandler>();
        services.AddScoped<Features.Account.ManagerRegistrationHandler>();
        services.AddScoped<Features.Account.SignInHandler>();
        services.AddScoped<Features.Admin.Initiatives.InitiativeAdministrationHandler>();
        services.AddScoped<Features.Admin.Reference.ReferenceFiguresHandler>();
        services.AddScoped<Features.Admin.History.HistoricalFiguresHandler>();
        services.AddScoped<Features.Admin.Users.UserAdministrationHandler>();
        services.AddScoped<Features.Exchange.WaveExchangeHandler>();
        services.AddScoped<Features.MyAccount.MyAccountHandler>();
        services.AddScoped<Features.Privacy.PrivacyPolicyHandler>();
        services.AddScoped<Features.Roster.RosterHandler>();
        services.AddScoped<Features.Roster.InvitationHandler>();
        services.AddScoped<Features.Roster.ClaimHandler>();
        services.AddScoped<Features.Roster.CompletionHandler>();
        services.AddScoped<Features.Shared.OutgoingMail>();
        services.AddScoped<Features.Questionnaires.QuestionnaireHandler>();
        services.AddSingleton<Features.Questionnaires.RescuedDrafts>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, Features.Questionnaires.RescueTypedAnswersOnChallenge>();
        services.AddScoped<Features.Narrative.NarrativeHandler>();
        services.AddScoped<Features.Publication.PublicationHandler>();
        services.AddScoped<Features.Reports.ReportHandler>();
        services.AddScoped<Features.Review.ReviewListHandler>();
        services.AddScoped<Features.Review.ReviewWorkflowHandler>();
        services.AddScoped<Features.Review.SubmissionDetailHandler>();
        services.AddScoped<Features.Review.WaveDashboardHandler>();
        services.AddScoped<Features.Waves.WaveAdministrationHandler>();
    }

    /// <summary>
    /// The log file's configured path is relative ("App_Data/logs/…"): Serilog would resolve it
    /// against the folder the process started in, so a verb run from the repository wrote its log
    /// there. It belongs in the data folder with the database and the mail.
    /// </summary>
    private static void PutRelativeLogInDataFolder(ConfigurationManager configuration, string dataFolder)
    {
        const string logPath = "Serilog:WriteTo:1:Args:path";
        if (configuration[logPath] is { } path && !Path.IsPathRooted(path))
        {
            configuration[logPath] = Path.Combine(dataFolder, "logs", Path.GetFileName(path));
        }
    }

    private static string DataFolder(IWebHostEnvironment environment, ConfigurationManager configuration)
    {
        var configured = configuration["Storage:DataPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured;
        return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path));
    }

    private static void AddIdentity(IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<SsmeDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<SpanishIdentityErrorDescriber>();

        // SPEC §11: a sign-out, lock, role change or password reset changes the security stamp, and
        // every request checks it, so old sessions end at once rather than after an interval.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, StoredStampValidator>());

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ssme.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.LoginPath = "/cuenta/ingresar";
            options.LogoutPath = "/cuenta/salir";
            options.AccessDeniedPath = "/cuenta/acceso-denegado";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
    }

    private static void AddAuthorization(IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Analyst, policy => policy.RequireRole(Policies.AnalystRoles))
            .AddPolicy(Policies.ClusterManager, policy => policy.RequireRole(Roles.ClusterManager))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

    private static void AddRateLimiting(IServiceCollection services, ConfigurationManager configuration)
    {
        var permits = configuration.GetValue("Security:SignInPermitsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts count: showing the form again must never be refused.
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("form")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public static WebApplication UseSsmePipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseUntrustedForwardingWarning();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        // Empty error answers (400, 404, 405, 413, 429…) become the Spanish error page in the layout.
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseCookiePolicy();

        app.UseSecurityHeaders();

        // Styles, scripts and fonts need neither a request log line nor a culture: served before both.
        app.UseStaticFiles();
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(EsCo.Culture),
            SupportedCultures = [EsCo.Culture],
            SupportedUICultures = [EsCo.Culture],
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseNoStoreForSignedInPeople();
        app.UseAuthorization();
        app.UseUploadSizeLimit();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}

/// <summary>The folder for the app's own files: the default SQLite database, outgoing mail, logs.</summary>
public sealed record DataFolder(string Path);
