using System.Text.Json;
using System.Text.Json.Serialization;

namespace IndustryPlatform.BuildingBlocks.Data;

/// <summary>The JSON files of <c>seeds/</c>, copied next to the service's binaries.</summary>
public sealed class SeedFiles(string directory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public SeedFiles()
        : this(Path.Combine(AppContext.BaseDirectory, "seeds"))
    {
    }

    public string Directory { get; } = directory;

    /// <summary>Reads <c>seeds/&lt;fileName&gt;</c> (camelCase JSON) into <typeparamref name="T"/>.</summary>
    public T Read<T>(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Seed file '{fileName}' is missing from {Directory}; link seeds/ into the service project.", path);
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidDataException($"Seed file '{fileName}' is empty.");
    }
}
