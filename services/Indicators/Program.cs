using IndustryPlatform.Indicators;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIndicatorsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapIndicatorsEndpoints();

app.Run();
