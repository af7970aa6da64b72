using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ssme.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitiativeCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Initiatives",
                type: "nvarchar(13)",
                maxLength: 13,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "InitiativeCodeCounter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    LastNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeCodeCounter", x => x.Id);
                });

            // Existing initiatives are numbered in the order they were created (their ids), and the counter continues after them.
            migrationBuilder.Sql("""
                UPDATE [i] SET [Code] = CONCAT('IC-', CASE WHEN [n].[Number] < 10000 THEN RIGHT(CONCAT('000', [n].[Number]), 4) ELSE CAST([n].[Number] AS nvarchar(10)) END)
                FROM [Initiatives] AS [i]
                JOIN (SELECT [Id], ROW_NUMBER() OVER (ORDER BY [Id]) AS [Number] FROM [Initiatives]) AS [n] ON [n].[Id] = [i].[Id];
                """);
            migrationBuilder.Sql("""
                INSERT INTO [InitiativeCodeCounter] ([Id], [LastNumber]) SELECT 1, COUNT(*) FROM [Initiatives];
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_Code",
                table: "Initiatives",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InitiativeCodeCounter");

            migrationBuilder.DropIndex(
                name: "IX_Initiatives_Code",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Initiatives");
        }
    }
}
