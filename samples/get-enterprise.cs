#:project ../IndustryPlatform.Contracts/IndustryPlatform.Contracts.csproj
#:package Grpc.StatusProto

// One gRPC call through the gateway, for a developer without grpcurl: .NET 10 runs this file as it is.
//   TOKEN=… dotnet run samples/get-enterprise.cs -- 91330500MA2JQ2Q83X
// GATEWAY_GRPC is the gateway's gRPC (h2c) address, http://localhost:5081 when the stack runs locally.
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using IndustryPlatform.Contracts.Enterprises.V1;

var address = Environment.GetEnvironmentVariable("GATEWAY_GRPC") ?? "http://localhost:5081";
var token = Environment.GetEnvironmentVariable("TOKEN") ?? "";
using var channel = GrpcChannel.ForAddress(address);
var registry = new EnterpriseRegistry.EnterpriseRegistryClient(channel);
try
{
    var enterprise = await registry.GetEnterpriseAsync(
        new GetEnterpriseRequest { CreditCode = args.FirstOrDefault() ?? "" },
        new Metadata { { "authorization", $"Bearer {token}" } });
    Console.WriteLine(enterprise);
    return 0;
}
catch (RpcException refused)
{
    // The status carries the same rule as a REST problem: google.rpc.ErrorInfo's reason, BadRequest per field.
    var status = refused.GetRpcStatus();
    Console.WriteLine($"{refused.StatusCode} {status?.GetDetail<ErrorInfo>()?.Reason}: {refused.Status.Detail}");
    foreach (var violation in status?.GetDetail<BadRequest>()?.FieldViolations ?? [])
    {
        Console.WriteLine($"  {violation.Field}: {violation.Reason} — {violation.Description}");
    }

    return 1;
}
