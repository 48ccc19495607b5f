using IndustryPlatform.Cockpit;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddCockpitServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCockpit();

app.Run();
