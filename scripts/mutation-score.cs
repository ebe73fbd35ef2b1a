// Reads one Stryker.NET JSON report and prints the folder's mutation score, leaving out the survivors listed as
// equivalent and the static mutants (a field's or a static constructor's initial value: Stryker's
// Microsoft.Testing.Platform runner keeps one test process, so a value initialized before the mutant is switched on is
// never computed under it, and neither a kill nor a survival says anything); exits 1 under the floor. Run by
// mutation.sh: dotnet run scripts/mutation-score.cs -- <folder> <report> <equivalent-mutants.tsv> <floor>.
using System.Globalization;
using System.Text.Json;

string folder = args[0];
using var report = JsonDocument.Parse(File.ReadAllText(args[1]));
var equivalent = File.ReadLines(args[2])
    .Where(line => line.Length > 0 && !line.StartsWith('#'))
    .Select(line => line.Split('\t'))
    .Select(cells => (File: cells[0], Line: int.Parse(cells[1], CultureInfo.InvariantCulture), Mutator: cells[2]))
    .ToHashSet();
decimal floor = decimal.Parse(args[3], CultureInfo.InvariantCulture);

int detected = 0, undetected = 0, listed = 0, unjudged = 0;
var survivors = new List<string>();
foreach (JsonProperty file in report.RootElement.GetProperty("files").EnumerateObject())
{
    string path = file.Name.Replace('\\', '/');
    string relative = path[(path.IndexOf("MotCua.Domain/", StringComparison.Ordinal) + "MotCua.Domain/".Length)..];
    foreach (JsonElement mutant in file.Value.GetProperty("mutants").EnumerateArray())
    {
        string status = mutant.GetProperty("status").GetString()!;
        int line = mutant.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32();
        string mutator = mutant.GetProperty("mutatorName").GetString()!;
        bool isStatic = mutant.TryGetProperty("static", out JsonElement flag) && flag.ValueKind == JsonValueKind.True;
        switch (status)
        {
            case "Killed" or "Timeout" or "Survived" or "NoCoverage" when isStatic:
                unjudged++;
                break;
            case "Killed" or "Timeout":
                detected++;
                break;
            case "Survived" or "NoCoverage" when equivalent.Contains((relative, line, mutator)):
                listed++;
                break;
            case "Survived" or "NoCoverage":
                undetected++;
                survivors.Add($"    {relative}:{line} {mutator} ({status})");
                break;
        }
    }
}

int judged = detected + undetected;
decimal score = judged == 0 ? 100m : Math.Round(100m * detected / judged, 1);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{folder}: {score} % ({detected} of {judged} mutants detected; {listed} listed as equivalent; {unjudged} static, not judged; floor {floor} %)"));
if (score >= floor)
{
    return 0;
}

survivors.ForEach(Console.WriteLine);
return 1;
