using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoveredAggregateDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DailyAggregates_Day_UnitId",
                table: "DailyAggregates");

            migrationBuilder.CreateIndex(
                name: "IX_DailyAggregates_Day_UnitId",
                table: "DailyAggregates",
                columns: new[] { "Day", "UnitId" })
                .Annotation("Npgsql:IndexInclude", new[] { "Measure", "Officer", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DailyAggregates_Day_UnitId",
                table: "DailyAggregates");

            migrationBuilder.CreateIndex(
                name: "IX_DailyAggregates_Day_UnitId",
                table: "DailyAggregates",
                columns: new[] { "Day", "UnitId" });
        }
    }
}
