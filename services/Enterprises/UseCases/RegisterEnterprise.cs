using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record RegisterEnterpriseCommand(string? CreditCode, EnterpriseDetails Details);

/// <summary>企业登记 — adds an enterprise to the registry and announces it (EnterpriseRegistered) in the same transaction.</summary>
public sealed class RegisterEnterprise(EnterprisesDbContext db, TimeProvider clock)
{
    public async Task<RegistryEntry> HandleAsync(RegisterEnterpriseCommand command, CancellationToken cancellationToken)
    {
        var reference = await db.LoadRegistryReferenceDataAsync(cancellationToken);
        var enterprise = Enterprise.Register(command.CreditCode, command.Details, reference, clock);

        if (await db.Enterprises.AnyAsync(e => e.CreditCode == enterprise.CreditCode, cancellationToken))
        {
            throw AlreadyRegistered(enterprise.CreditCode);
        }

        db.Enterprises.Add(enterprise);
        db.AddIntegrationEvent(enterprise.ToRegisteredEvent());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_enterprises",
        })
        {
            // A concurrent registration of the same code committed between the check above and this insert.
            throw AlreadyRegistered(enterprise.CreditCode);
        }

        return RegistryEntry.From(enterprise);
    }

    private static AlreadyExistsException AlreadyRegistered(CreditCode code) =>
        new("enterprise-already-registered", $"An enterprise with credit code {code} is already registered.");
}
