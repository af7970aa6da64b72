using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ssme.Domain.Methodology;

/// <summary>
/// The methodology versions shipped with the portal (embedded <c>Definitions/*.json</c>), each
/// validated when loaded so that a malformed definition stops the start with a message naming
/// the problem. A wave names the version it uses.
/// </summary>
public sealed class MethodologyCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, MethodologyDefinition> _definitions;

    public MethodologyCatalog(IEnumerable<MethodologyDefinition> definitions)
    {
        _definitions = definitions.ToDictionary(definition => definition.Version, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Versions => _definitions.Keys;

    public MethodologyDefinition Get(string version) =>
        _definitions.TryGetValue(version, out var definition)
            ? definition
            : throw new KeyNotFoundException($"No existe la metodología «{version}». Versiones disponibles: {string.Join(", ", Versions)}.");

    /// <summary>Loads and validates every definition embedded in this assembly.</summary>
    public static MethodologyCatalog LoadEmbedded()
    {
        var assembly = typeof(MethodologyCatalog).Assembly;
        var definitions = new List<MethodologyDefinition>();
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            definitions.Add(Parse(reader.ReadToEnd()));
        }

        return new MethodologyCatalog(definitions);
    }

    /// <summary>Parses and validates one definition; throws <see cref="MethodologyDefinitionException"/>.</summary>
    public static MethodologyDefinition Parse(string json)
    {
        DefinitionFile file;
        try
        {
            file = JsonSerializer.Deserialize<DefinitionFile>(json, JsonOptions)
                ?? throw new MethodologyDefinitionException("La definición de la metodología está vacía.");
        }
        catch (JsonException exception)
        {
            throw new MethodologyDefinitionException($"La definición de la metodología no es un JSON válido: {exception.Message}", exception);
        }

        return Validate(file);
    }

    private static MethodologyDefinition Validate(DefinitionFile file)
    {
        Require(!string.IsNullOrWhiteSpace(file.Version), "La definición no tiene versión.");
        var version = file.Version!;
        var areas = (file.Areas ?? []).Select(area =>
        {
            Require(!string.IsNullOrWhiteSpace(area.Name), $"Metodología {version}: el área {area.Number} no tiene nombre.");
            return new AreaDefinition(area.Number, area.Name!.Trim());
        }).ToList();
        Require(areas.Count > 0, $"Metodología {version}: no define áreas temáticas.");
        Require(areas.Select(area => area.Number).Distinct().Count() == areas.Count, $"Metodología {version}: hay áreas con el mismo número.");

        var variables = new List<VariableDefinition>();
        foreach (var variable in file.Variables ?? [])
        {
            variables.Add(ValidateVariable(version, variable, areas));
        }

        Require(variables.Count > 0, $"Metodología {version}: no define variables.");
        var duplicate = variables.GroupBy(variable => variable.Code).FirstOrDefault(group => group.Count() > 1);
        Require(duplicate is null, $"Metodología {version}: la variable «{duplicate?.Key}» está definida más de una vez.");
        var emptyArea = areas.FirstOrDefault(area => variables.All(variable => variable.Area.Number != area.Number));
        Require(emptyArea is null, $"Metodología {version}: el área «{emptyArea?.Title}» no tiene variables.");

        return new MethodologyDefinition(version, file.Title ?? version, file.Source ?? string.Empty, areas, variables);
    }

    private static VariableDefinition ValidateVariable(string version, VariableFile variable, List<AreaDefinition> areas)
    {
        var code = variable.Code;
        Require(!string.IsNullOrWhiteSpace(code), $"Metodología {version}: hay una variable sin código.");
        string Problem(string text) => $"Metodología {version}, variable «{code}»: {text}";

        var area = areas.FirstOrDefault(candidate => candidate.Number == variable.Area);
        Require(area is not null, Problem($"el área {variable.Area} no existe."));
        Require(!string.IsNullOrWhiteSpace(variable.Name), Problem("no tiene nombre."));
        Require(variable.Input is not null && MethodologyInput.All.ContainsKey(variable.Input), Problem($"la entrada «{variable.Input}» no existe."));
        var input = MethodologyInput.All[variable.Input!];
        Require(Enum.TryParse<RuleKind>(variable.Kind, ignoreCase: true, out var kind), Problem($"el tipo de regla «{variable.Kind}» no existe (percent, count o choice)."));
        Require(input.Kind == kind, Problem($"la entrada «{input.Name}» no sirve para una regla de tipo «{variable.Kind}»."));

        var texts = new Dictionary<Level, string>();
        foreach (var level in LevelText.All)
        {
            var key = ((int)level).ToString(CultureInfo.InvariantCulture);
            Require(variable.LevelTexts is not null && variable.LevelTexts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text), Problem($"falta el texto del Nivel {key}."));
            texts[level] = variable.LevelTexts![key].Trim();
        }

        // Every level below the top one recommends how to move up; the top level has nothing to reach.
        var recommendations = new Dictionary<Level, string>();
        foreach (var level in LevelText.All.Take(LevelText.All.Count - 1))
        {
            var key = ((int)level).ToString(CultureInfo.InvariantCulture);
            Require(variable.Recommendations is not null && variable.Recommendations.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text), Problem($"falta la recomendación del Nivel {key}."));
            recommendations[level] = variable.Recommendations![key].Trim();
        }

        var bands = new List<Band>();
        var choices = new Dictionary<string, Level>(StringComparer.Ordinal);
        if (kind == RuleKind.Choice)
        {
            foreach (var (choice, level) in variable.Choices ?? [])
            {
                Require(input.ChoiceCodes.Contains(choice), Problem($"la opción «{choice}» no es una respuesta de «{input.Name}»."));
                Require(Enum.IsDefined((Level)level), Problem($"la opción «{choice}» apunta a un nivel inexistente ({level})."));
                choices[choice] = (Level)level;
            }

            var uncovered = input.ChoiceCodes.FirstOrDefault(choice => !choices.ContainsKey(choice));
            Require(uncovered is null, Problem($"la respuesta «{uncovered}» no tiene nivel."));
            var missingLevel = LevelText.All.Where(level => !choices.ContainsValue(level)).Select(level => (int)level).FirstOrDefault();
            Require(missingLevel == 0, Problem($"ninguna respuesta da el Nivel {missingLevel}."));
        }
        else
        {
            bands = ValidateBands(variable.Bands ?? [], Problem);
            Require(!string.IsNullOrWhiteSpace(variable.ValueLabel), Problem("falta la descripción del valor (valueLabel)."));
        }

        return new VariableDefinition(
            code!,
            area!,
            variable.Name!.Trim(),
            input,
            kind,
            bands,
            choices,
            variable.ChoiceLabels ?? new Dictionary<string, string>(),
            texts,
            variable.ValueLabel ?? string.Empty,
            string.IsNullOrWhiteSpace(variable.Symbol) ? "x" : variable.Symbol,
            recommendations);
    }

    // Bands must cover every value exactly once, in increasing order: Nivel 1 open below, Nivel 3
    // open above, and each upper bound equal to the next band's lower bound with exactly one side
    // including it.
    private static List<Band> ValidateBands(List<BandFile> files, Func<string, string> problem)
    {
        Require(files.Count == LevelText.All.Count, problem($"debe tener {LevelText.All.Count} rangos, uno por nivel, y tiene {files.Count}."));
        var bands = files
            .Select(file => new Band(
                (Level)file.Level,
                file.Min is { } min ? new Bound(min, file.MinInclusive) : null,
                file.Max is { } max ? new Bound(max, file.MaxInclusive) : null,
                string.IsNullOrWhiteSpace(file.Text) ? null : file.Text.Trim()))
            .ToList();
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            Require(band.Level == LevelText.All[i], problem($"el rango {i + 1} debe ser del Nivel {i + 1}, en orden creciente."));
            Require(i != 0 || band.Lower is null, problem("el rango del Nivel 1 no debe tener límite inferior."));
            Require(i != bands.Count - 1 || band.Upper is null, problem($"el rango del Nivel {bands.Count} no debe tener límite superior."));
            if (band.Lower is { } low && band.Upper is { } high)
            {
                Require(low.Value < high.Value || (low.Value == high.Value && low.Inclusive && high.Inclusive), problem($"el rango del Nivel {i + 1} está vacío o invertido ({low.Value} – {high.Value})."));
            }

            if (i == 0)
            {
                continue;
            }

            var previous = bands[i - 1].Upper;
            var current = band.Lower;
            Require(previous is not null && current is not null, problem($"los rangos del Nivel {i} y del Nivel {i + 1} no se tocan."));
            Require(previous!.Value.Value <= current!.Value.Value, problem($"los rangos del Nivel {i} y del Nivel {i + 1} se superponen o no son crecientes."));
            Require(previous.Value.Value == current.Value.Value, problem($"entre los rangos del Nivel {i} y del Nivel {i + 1} quedan valores sin nivel."));
            Require(previous.Value.Inclusive != current.Value.Inclusive, previous.Value.Inclusive
                ? problem($"los rangos del Nivel {i} y del Nivel {i + 1} se superponen en {previous.Value.Value}.")
                : problem($"el valor {previous.Value.Value} queda sin nivel entre el Nivel {i} y el Nivel {i + 1}."));
        }

        return bands;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new MethodologyDefinitionException(message);
        }
    }

    private sealed class DefinitionFile
    {
        public string? Version { get; set; }

        public string? Title { get; set; }

        public string? Source { get; set; }

        public List<AreaFile>? Areas { get; set; }

        public List<VariableFile>? Variables { get; set; }
    }

    private sealed class AreaFile
    {
        public int Number { get; set; }

        public string? Name { get; set; }
    }

    private sealed class VariableFile
    {
        public string? Code { get; set; }

        public int Area { get; set; }

        public string? Name { get; set; }

        public string? Input { get; set; }

        public string? Kind { get; set; }

        public string? ValueLabel { get; set; }

        public string? Symbol { get; set; }

        public List<BandFile>? Bands { get; set; }

        public Dictionary<string, int>? Choices { get; set; }

        public Dictionary<string, string>? ChoiceLabels { get; set; }

        public Dictionary<string, string>? LevelTexts { get; set; }

        public Dictionary<string, string>? Recommendations { get; set; }
    }

    private sealed class BandFile
    {
        public int Level { get; set; }

        public decimal? Min { get; set; }

        public bool MinInclusive { get; set; }

        public decimal? Max { get; set; }

        public bool MaxInclusive { get; set; }

        public string? Text { get; set; }
    }
}
