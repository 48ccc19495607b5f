namespace IndustryPlatform.Cockpit.Gateway;

/// <summary>What the API answered: the value, or the refusal to show in words.</summary>
public sealed record ApiResult<T>(T? Value, ApiRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static ApiResult<T> Ok(T value) => new(value, null);

    public static ApiResult<T> Refused(ApiRefusal refusal) => new(default, refusal);
}
