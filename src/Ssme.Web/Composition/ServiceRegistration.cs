using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
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
        services.AddSingleton(new DataFolder(dataFolder));
        services.AddSingleton(TimeProvider.System);
        services.AddSsmeInfrastructure(configuration, dataFolder);

        AddIdentity(services, builder.Environment);
        AddAuthorization(services);
        AddRateLimiting(services, configuration);

        services.AddRazorPages(options =>
        {
            options.Conventions.AllowAnonymousToPage("/Home/Error");
            options.RootDirectory = "/Features";
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AuthorizeFolder("/Waves", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Reports", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Questionnaires", Policies.ClusterManager);
            options.Conventions.AuthorizeFolder("/Review", Policies.Analyst);
            options.Conventions.AuthorizeFolder("/Exchange", Policies.Analyst);
        }).AddMvcOptions(options =>
        {
            Features.Shared.SpanishBindingMessages.Apply(options.ModelBindingMessageProvider);
            options.Filters.Add<Features.Account.AdminSecondFactorFilter>();
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ssme.af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        services.AddHealthChecks().AddDbContextCheck<SsmeDbContext>("database");
        AddFeatureHandlers(services);

        // Loaded and validated now, so a malformed methodology stops the start with its reason.
        services.AddSingleton(MethodologyCatalog.LoadEmbedded());
        services.AddSingleton<Ssme.Domain.Methodology.SubmissionCategorizer>();
        return builder;
    }

    private static void AddFeatureHandlers(IServiceCollection services)
    {
        services.AddScoped<Features.Shared.UnitOfWork>();
        services.AddScoped<Features.Account.AuthenticatorEnrolmentHandler>();
        services.AddScoped<Features.Account.ManagerRegistrationHandler>();
        services.AddScoped<Features.Account.SignInHandler>();
        services.AddScoped<Features.Admin.Initiatives.InitiativeAdministrationHandler>();
        services.AddScoped<Features.Admin.Reference.ReferenceFiguresHandler>();
        services.AddScoped<Features.Admin.Users.UserAdministrationHandler>();
        services.AddScoped<Features.Exchange.WaveExchangeHandler>();
        services.AddScoped<Features.Questionnaires.QuestionnaireHandler>();
        services.AddScoped<Features.Reports.ReportHandler>();
        services.AddScoped<Features.Review.ReviewListHandler>();
        services.AddScoped<Features.Review.ReviewWorkflowHandler>();
        services.AddScoped<Features.Review.SubmissionDetailHandler>();
        services.AddScoped<Features.Review.WaveDashboardHandler>();
        services.AddScoped<Features.Waves.WaveAdministrationHandler>();
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
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Demasiados intentos de ingreso desde esta conexión. Espere un minuto e inténtelo de nuevo.", cancellationToken);
            };
        });
    }

    public static WebApplication UseSsmePipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(EsCo.Culture),
            SupportedCultures = [EsCo.Culture],
            SupportedUICultures = [EsCo.Culture],
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}

/// <summary>The folder for the app's own files: the default SQLite database, outgoing mail, logs.</summary>
public sealed record DataFolder(string Path);
