using System.Text.Json.Nodes;
using IndustryPlatform.Gateway.Documentation;

namespace IndustryPlatform.Gateway.Tests;

/// <summary>Small OpenAPI documents as the services write them, and the sources the gateway's routes give.</summary>
internal static class ServiceDocuments
{
    public static ServiceDocumentSource Enterprises { get; } = new(
        "enterprises-rest", new Uri("http://enterprises/openapi/v1.json"),
        [new RoutedPath("/api/v1/enterprises/{**rest}"), new RoutedPath("/api/v1/tiers/{**rest}")]);

    public static ServiceDocumentSource Projects { get; } = new(
        "projects-rest", new Uri("http://projects/openapi/v1.json"), [new RoutedPath("/api/v1/projects/{**rest}")]);

    public static ServiceDocumentSource Indicators { get; } = new(
        "indicators-rest", new Uri("http://indicators/openapi/v1.json"),
        [new RoutedPath("/api/v1/indicators/{**rest}"), new RoutedPath("/api/v1/bulletin/{**rest}")]);

    public static JsonObject EnterprisesDocument() => Parse("""
        {
          "openapi": "3.1.1",
          "info": { "title": "IndustryPlatform.Enterprises", "version": "v1" },
          "paths": {
            "/api/v1/enterprises": {
              "post": {
                "tags": [ "Enterprises" ], "operationId": "RegisterEnterprise",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EnterpriseRegistrationBody" } } } },
                "responses": {
                  "201": { "description": "Created", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RegistryEntry" } } } },
                  "400": { "description": "Bad Request", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemDetails" } } } }
                }
              }
            },
            "/api/v1/enterprises/{creditCode}": {
              "get": { "tags": [ "Enterprises" ], "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/RegistryEntry" } } } } } }
            },
            "/api/v1/tiers": { "get": { "tags": [ "Tiers" ], "responses": { "200": { "description": "OK" } } } },
            "/internal/reindex": { "post": { "responses": { "204": { "description": "No Content" } } } }
          },
          "components": {
            "schemas": {
              "EnterpriseRegistrationBody": { "type": "object", "properties": { "creditCode": { "type": "string" }, "districtCode": { "$ref": "#/components/schemas/Region" } } },
              "RegistryEntry": { "type": "object", "properties": { "creditCode": { "type": "string" }, "district": { "$ref": "#/components/schemas/Region" } } },
              "Region": { "type": "object", "properties": { "code": { "type": "string" } } },
              "ProblemDetails": { "type": "object", "properties": { "type": { "type": "string" }, "status": { "type": "integer" } } },
              "ReindexBody": { "type": "object" }
            }
          },
          "tags": [ { "name": "Enterprises" }, { "name": "Tiers" } ]
        }
        """);

    public static JsonObject ProjectsDocument() => Parse("""
        {
          "openapi": "3.1.1",
          "info": { "title": "IndustryPlatform.Projects", "version": "v1" },
          "paths": {
            "/api/v1/projects/{projectId}": {
              "get": {
                "tags": [ "Projects" ],
                "responses": {
                  "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ProjectRecord" } } } },
                  "404": { "description": "Not Found", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemDetails" } } } }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "ProjectRecord": { "type": "object", "properties": { "id": { "type": "string" }, "region": { "$ref": "#/components/schemas/Region" } } },
              "Region": { "type": "string", "enum": [ "huzhou", "wuxing", "anji" ] },
              "ProblemDetails": { "type": "object", "properties": { "type": { "type": "string" }, "status": { "type": "integer" } } }
            }
          },
          "tags": [ { "name": "Projects" } ]
        }
        """);

    public static JsonObject IndicatorsDocument() => Parse("""
        {
          "openapi": "3.1.1",
          "info": { "title": "IndustryPlatform.Indicators", "version": "v1" },
          "paths": {
            "/api/v1/indicators/observations:batch": {
              "post": { "tags": [ "Indicators" ], "responses": { "200": { "description": "OK" } } }
            },
            "/api/v1/bulletin": { "get": { "tags": [ "Bulletin" ], "responses": { "200": { "description": "OK" } } } }
          },
          "components": { "schemas": {} },
          "tags": [ { "name": "Indicators" }, { "name": "Bulletin" } ]
        }
        """);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
