using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ssme.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitiativeProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Macrosector",
                table: "Initiatives",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagingEntityName",
                table: "Initiatives",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ManagingEntityType",
                table: "Initiatives",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Macrosector",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "ManagingEntityName",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "ManagingEntityType",
                table: "Initiatives");
        }
    }
}
