import { readFile } from "node:fs/promises";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as getOpenApiDocument } from "@/app/api/v1/openapi.json/route";
import { buildOpenApiDocument } from "@/lib/server/api/openapi/openapi-document";
import { workedExampleShell } from "@/lib/server/api/openapi/worked-example";
import { apiRequest } from "@/tests/setup/api-request";
import { discoverApiOperations } from "@/tests/setup/api-operations";

const document = buildOpenApiDocument();

/** "GET /vendors/{id}" for every operation the document has. */
function documentedOperations(): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // The validator compiles the OpenAPI meta-schemas first: seconds on a loaded machine.
  }, 60_000);

  it("documents every route handler under app/api/v1, and nothing that does not exist", async () => {
    const routes = await discoverApiOperations();
    expect(routes.length).toBeGreaterThan(20);
    expect(documentedOperations()).toEqual(routes);
  });

  it("notices an undocumented route: a new handler is found by the same discovery", async () => {
    const routes = await discoverApiOperations();
    // The discovery reads the handlers' exports: the vendor routes have all five verbs between them.
    expect(routes).toEqual(expect.arrayContaining(["GET /vendors", "POST /vendors", "GET /vendors/{id}", "PATCH /vendors/{id}", "DELETE /vendors/{id}", "PUT /vendors/{id}/certifications"]));
  });

  it("describes requests with the handlers' own zod schemas: limits, enums and required fields", () => {
    const vendorInput = document.components.schemas.VendorInput as { required: string[]; properties: Record<string, { maxLength?: number }> };
    expect(vendorInput.required).toEqual(["name", "operatingModel", "functionsServed"]);
    expect(vendorInput.properties.name.maxLength).toBe(120);
    const metricUpdate = document.components.schemas.MetricObservationUpdate as { required: string[] };
    expect(metricUpdate.required).toEqual(["version"]);
    const listVendors = document.paths["/vendors"].get as { parameters: { name: string }[] };
    expect(listVendors.parameters.map((parameter) => parameter.name)).toContain("q");
  });

  it("names who may call each operation, from the permission table", () => {
    const approval = document.paths["/evaluations/{id}/approval"].post as { description: string };
    expect(approval.description).toContain("Roles: EXECUTIVE (permission `review:decision`)");
    const token = document.paths["/auth/token"].post as { security: unknown[] };
    expect(token.security).toEqual([]);
  });

  it("is served at /api/v1/openapi.json without sign-in", async () => {
    const response = await getOpenApiDocument(apiRequest("/api/v1/openapi.json"), undefined);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it("carries the worked example, and the README shows the same one", async () => {
    expect(document.info.description).toContain(workedExampleShell());
    const readme = await readFile("README.md", "utf8");
    expect(readme).toContain(workedExampleShell());
  });
});
