using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>Between proto messages and use cases. Proto3 strings cannot be null: empty means "not given".</summary>
internal static class EnterpriseMessages
{
    public static RegisterEnterpriseCommand ToCommand(this RegisterEnterpriseRequest request) => new(
        request.CreditCode,
        new EnterpriseDetails(request.NameZh, request.NameEn, request.DistrictCode, request.IndustryCode, request.ChainCode, request.FoundedOn));

    public static ChangeEnterpriseCommand ToCommand(this ChangeEnterpriseRequest request) => new(
        request.CreditCode,
        request.ExpectedVersion,
        new EnterpriseDetails(request.NameZh, request.NameEn, request.DistrictCode, request.IndustryCode, request.ChainCode, request.FoundedOn));

    public static Contracts.Enterprises.V1.Enterprise ToMessage(this RegistryEntry entry) => new()
    {
        CreditCode = entry.CreditCode,
        NameZh = entry.NameZh,
        NameEn = entry.NameEn ?? string.Empty,
        DistrictCode = entry.DistrictCode,
        IndustryCode = entry.IndustryCode,
        ChainCode = entry.ChainCode ?? string.Empty,
        FoundedOn = entry.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        RegisteredAt = Timestamp.FromDateTimeOffset(entry.RegisteredAt),
        ChangedAt = Timestamp.FromDateTimeOffset(entry.ChangedAt),
        Version = entry.Version,
        IsActive = entry.IsActive,
        DeactivationReason = entry.DeactivationReason ?? string.Empty,
    };
}
