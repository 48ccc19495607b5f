using IndustryPlatform.Gateway;
using IndustryPlatform.Gateway.Documentation;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGatewayServices();
builder.AddApiDocumentation();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapApiDocumentation();
app.MapGateway();

app.Run();
