namespace IndustryPlatform.Projects.UseCases;

/// <summary>
/// Who is calling, for the history. For now the caller names itself in the <c>X-Client-Id</c> header (gRPC metadata
/// <c>x-client-id</c> is the same HTTP/2 header); until the gateway authenticates clients, "anonymous" otherwise.
/// </summary>
public sealed class CallingClient(IHttpContextAccessor accessor)
{
    public const string Header = "X-Client-Id";
    public const string Anonymous = "anonymous";
    private const int MaxLength = 128;

    public string Id
    {
        get
        {
            var value = accessor.HttpContext?.Request.Headers[Header].ToString().Trim();
            if (string.IsNullOrEmpty(value))
            {
                return Anonymous;
            }

            return value.Length > MaxLength ? value[..MaxLength] : value;
        }
    }
}
