namespace IndustryPlatform.BuildingBlocks.Json;

/// <summary>
/// A request body that replaces what it describes (a PUT): every field must be sent, a nullable one as <c>null</c> to
/// clear it, so that a field left out cannot silently erase the stored value. A missing field is a 400
/// <c>request.field-missing</c> naming it; the OpenAPI document lists every field as required.
/// The type declares its fields as settable properties (not constructor parameters), which is how their presence is seen.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EveryFieldRequiredAttribute : Attribute;
