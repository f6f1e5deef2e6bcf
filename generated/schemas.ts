/* Generated from schema/ by scripts/generate.mjs: do not edit. */

export const vmcpConfigSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/vmcp-config.json",
  "title": "VmcpConfig",
  "description": "A vMCP config file (ToolHive's vMCP YAML: camelCase keys; authServer.runConfig keeps snake_case keys).",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "name",
    "incomingAuth"
  ],
  "properties": {
    "name": {
      "type": "string",
      "minLength": 1,
      "description": "The virtual server's name."
    },
    "groupRef": {
      "type": "string",
      "minLength": 1,
      "description": "The ToolHive group the backends belong to."
    },
    "metadata": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "backends": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/Backend"
      },
      "description": "Statically configured MCP servers."
    },
    "incomingAuth": {
      "$ref": "#/$defs/IncomingAuth"
    },
    "outgoingAuth": {
      "$ref": "#/$defs/OutgoingAuth"
    },
    "aggregation": {
      "$ref": "#/$defs/Aggregation"
    },
    "operational": {
      "$ref": "#/$defs/Operational"
    },
    "telemetry": {
      "$ref": "#/$defs/Telemetry"
    },
    "authServer": {
      "$ref": "#/$defs/AuthServer"
    },
    "http": {
      "$ref": "#/$defs/Http"
    },
    "discovery": {
      "$ref": "#/$defs/Discovery"
    },
    "compositeTools": {
      "notSupported": "composite tools (compositeTools)",
      "tsType": "unknown"
    },
    "compositeToolRefs": {
      "notSupported": "composite tool references (compositeToolRefs)",
      "tsType": "unknown"
    },
    "optimizer": {
      "notSupported": "the tool optimizer (optimizer)",
      "tsType": "unknown"
    },
    "codeMode": {
      "notSupported": "code mode (codeMode)",
      "tsType": "unknown"
    },
    "sessionStorage": {
      "notSupported": "external session storage (sessionStorage)",
      "tsType": "unknown"
    },
    "rateLimiting": {
      "notSupported": "rate limiting (rateLimiting)",
      "tsType": "unknown"
    },
    "audit": {
      "notSupported": "audit logging (audit)",
      "tsType": "unknown"
    },
    "passthroughHeaders": {
      "notSupported": "header passthrough (passthroughHeaders)",
      "tsType": "unknown"
    }
  },
  "$defs": {
    "Duration": {
      "title": "Duration",
      "description": "A Go duration string such as 30s, 1m30s or 500ms.",
      "type": "string",
      "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$"
    },
    "EnvVarName": {
      "title": "EnvVarName",
      "type": "string",
      "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    "HttpUrl": {
      "title": "HttpUrl",
      "type": "string",
      "pattern": "^https?://[^\\s]+$"
    },
    "AbsolutePath": {
      "title": "AbsolutePath",
      "type": "string",
      "pattern": "^/"
    },
    "Backend": {
      "title": "Backend",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "transport"
      ],
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$",
          "description": "The backend's id: letters, digits, '.', '_' and '-'."
        },
        "url": {
          "$ref": "#/$defs/HttpUrl"
        },
        "transport": {
          "enum": [
            "streamable-http",
            "sse",
            "stdio"
          ]
        },
        "command": {
          "type": "string",
          "minLength": 1,
          "description": "vmcp's own, for transport stdio (required there): the program vmcp starts, found on PATH or given as a path; run without a shell."
        },
        "args": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "For transport stdio: the program's arguments."
        },
        "env": {
          "type": "object",
          "propertyNames": {
            "$ref": "#/$defs/EnvVarName"
          },
          "additionalProperties": {
            "$ref": "#/$defs/StdioEnvValue"
          },
          "description": "For transport stdio: environment variables set for the program (besides HOME, LOGNAME, PATH, SHELL, TERM and USER, which it inherits). A value is written here, or read at start from vmcp's environment (valueEnv) or a file (valueFile): secrets never enter the plan."
        },
        "cwd": {
          "$ref": "#/$defs/AbsolutePath"
        },
        "type": {
          "notSupported": "backend types other than the default (backends[].type)",
          "tsType": "unknown"
        },
        "caBundlePath": {
          "notSupported": "per-backend CA bundles (backends[].caBundlePath)",
          "tsType": "unknown"
        },
        "metadata": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        }
      },
      "description": "A backend MCP server: reached at url (streamable-http and sse, required there), or a program vmcp starts and speaks to over stdin/stdout (stdio, vmcp's own: command, args, env, and cwd, an absolute working directory defaulting to vmcp's). Rule V-17 checks which keys go with which transport."
    },
    "StdioEnvValue": {
      "title": "StdioEnvValue",
      "description": "A value as written, or where to read it at start: valueEnv (vmcp's environment) or valueFile.",
      "type": [
        "string",
        "object"
      ],
      "minLength": 1,
      "additionalProperties": false,
      "properties": {
        "valueEnv": {
          "$ref": "#/$defs/EnvVarName"
        },
        "valueFile": {
          "type": "string",
          "minLength": 1
        }
      },
      "exactlyOneOf": [
        "valueEnv",
        "valueFile"
      ]
    },
    "IncomingAuth": {
      "title": "IncomingAuth",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "anonymous",
            "local",
            "oidc"
          ]
        },
        "oidc": {
          "$ref": "#/$defs/IncomingOidc"
        },
        "authz": {
          "notSupported": "Cedar authorization (incomingAuth.authz)",
          "tsType": "unknown"
        }
      },
      "blockFor": {
        "property": "type",
        "blocks": {
          "oidc": "oidc"
        }
      }
    },
    "IncomingOidc": {
      "title": "IncomingOidc",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "issuer",
        "audience"
      ],
      "properties": {
        "issuer": {
          "$ref": "#/$defs/HttpUrl"
        },
        "audience": {
          "type": "string",
          "minLength": 1
        },
        "resource": {
          "$ref": "#/$defs/HttpUrl"
        },
        "clientId": {
          "type": "string"
        },
        "clientSecretEnv": {
          "$ref": "#/$defs/EnvVarName"
        },
        "jwksUrl": {
          "$ref": "#/$defs/HttpUrl"
        },
        "introspectionUrl": {
          "notSupported": "token introspection (incomingAuth.oidc.introspectionUrl)",
          "tsType": "unknown"
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "protectedResourceAllowPrivateIp": {
          "type": "boolean"
        },
        "jwksAllowPrivateIp": {
          "type": "boolean"
        },
        "insecureAllowHttp": {
          "type": "boolean"
        },
        "caBundlePath": {
          "$ref": "#/$defs/AbsolutePath"
        },
        "requiredTokenType": {
          "type": "string",
          "pattern": "^[A-Za-z0-9!#$&^_.+-]+(/[A-Za-z0-9!#$&^_.+-]+)?$",
          "description": "vmcp's own: the JWT typ header every token must carry (RFC 7515 section 4.1.9, compared as a media type: case-insensitive, application/ optional), e.g. at+jwt (RFC 9068). Absent: any typ. With the embedded auth server as the issuer, at+jwt is always required."
        }
      }
    },
    "OutgoingAuth": {
      "title": "OutgoingAuth",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "source": {
          "enum": [
            "inline",
            "discovered"
          ]
        },
        "default": {
          "$ref": "#/$defs/BackendAuthStrategy"
        },
        "backends": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/BackendAuthStrategy"
          }
        }
      }
    },
    "BackendAuthStrategy": {
      "title": "BackendAuthStrategy",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "unauthenticated",
            "header_injection",
            "token_exchange",
            "upstream_inject",
            "aws_sts",
            "obo",
            "xaa"
          ],
          "notSupportedValues": [
            "aws_sts",
            "obo",
            "xaa"
          ]
        },
        "headerInjection": {
          "$ref": "#/$defs/HeaderInjection"
        },
        "tokenExchange": {
          "$ref": "#/$defs/TokenExchange"
        },
        "upstreamInject": {
          "$ref": "#/$defs/UpstreamInject"
        },
        "awsSts": {
          "notSupported": "the aws_sts outgoing strategy (awsSts)",
          "tsType": "unknown"
        },
        "obo": {
          "notSupported": "the obo outgoing strategy (obo)",
          "tsType": "unknown"
        },
        "xaa": {
          "notSupported": "the xaa outgoing strategy (xaa)",
          "tsType": "unknown"
        }
      },
      "blockFor": {
        "property": "type",
        "blocks": {
          "header_injection": "headerInjection",
          "token_exchange": "tokenExchange"
        },
        "optionalBlocks": {
          "upstream_inject": "upstreamInject"
        }
      }
    },
    "HeaderInjection": {
      "title": "HeaderInjection",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "headerName"
      ],
      "properties": {
        "headerName": {
          "type": "string",
          "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"
        },
        "headerValue": {
          "type": "string",
          "minLength": 1
        },
        "headerValueEnv": {
          "$ref": "#/$defs/EnvVarName"
        }
      },
      "exactlyOneOf": [
        "headerValue",
        "headerValueEnv"
      ]
    },
    "TokenExchange": {
      "title": "TokenExchange",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "tokenUrl"
      ],
      "properties": {
        "tokenUrl": {
          "$ref": "#/$defs/HttpUrl"
        },
        "clientId": {
          "type": "string",
          "minLength": 1
        },
        "clientSecret": {
          "type": "string",
          "minLength": 1
        },
        "clientSecretEnv": {
          "$ref": "#/$defs/EnvVarName"
        },
        "audience": {
          "type": "string",
          "minLength": 1
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "subjectTokenType": {
          "description": "The RFC 8693 URN, or ToolHive's short form (access_token, id_token, jwt), which the plan turns into the URN.",
          "enum": [
            "urn:ietf:params:oauth:token-type:access_token",
            "urn:ietf:params:oauth:token-type:id_token",
            "urn:ietf:params:oauth:token-type:jwt",
            "access_token",
            "id_token",
            "jwt"
          ]
        },
        "subjectProviderName": {
          "type": "string",
          "minLength": 1
        }
      },
      "atMostOneOf": [
        "clientSecret",
        "clientSecretEnv"
      ]
    },
    "UpstreamInject": {
      "title": "UpstreamInject",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "providerName": {
          "type": "string"
        }
      }
    },
    "Aggregation": {
      "title": "Aggregation",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "conflictResolution": {
          "enum": [
            "prefix",
            "priority",
            "manual"
          ]
        },
        "conflictResolutionConfig": {
          "$ref": "#/$defs/ConflictResolutionConfig"
        },
        "tools": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/WorkloadToolConfig"
          }
        },
        "excludeAllTools": {
          "type": "boolean"
        },
        "defaultToolVisibility": {
          "enum": [
            "",
            "allow",
            "deny"
          ]
        }
      }
    },
    "ConflictResolutionConfig": {
      "title": "ConflictResolutionConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "prefixFormat": {
          "type": "string",
          "minLength": 1,
          "description": "Prepended to every tool name under prefix, and to prompt names under every strategy (ToolHive conflict_resolver.go promptNamingFromConfig), with {workload} replaced by the backend name; a static prefix such as backend_ is allowed (ToolHive prefix_resolver.go)."
        },
        "priorityOrder": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "minLength": 1
          }
        }
      }
    },
    "WorkloadToolConfig": {
      "title": "WorkloadToolConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "workload"
      ],
      "properties": {
        "workload": {
          "type": "string",
          "minLength": 1
        },
        "toolConfigRef": {
          "notSupported": "MCPToolConfig references (aggregation.tools[].toolConfigRef)",
          "tsType": "unknown"
        },
        "filter": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "overrides": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/ToolOverride"
          }
        },
        "excludeAll": {
          "type": "boolean"
        }
      }
    },
    "ToolOverride": {
      "title": "ToolOverride",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_.-]{1,128}$"
        },
        "description": {
          "type": "string",
          "minLength": 1
        },
        "annotations": {
          "$ref": "#/$defs/ToolAnnotations"
        }
      },
      "description": "name or description must be set, as ToolHive's validator requires (pkg/vmcp/config/validator.go validateToolOverrides); annotations alone are refused.",
      "atLeastOneOf": [
        "name",
        "description"
      ]
    },
    "ToolAnnotations": {
      "title": "ToolAnnotations",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "title": {
          "type": "string"
        },
        "readOnlyHint": {
          "type": "boolean"
        },
        "destructiveHint": {
          "type": "boolean"
        },
        "idempotentHint": {
          "type": "boolean"
        },
        "openWorldHint": {
          "type": "boolean"
        }
      }
    },
    "Operational": {
      "title": "Operational",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "logLevel": {
          "enum": [
            "debug",
            "info",
            "warn",
            "error"
          ]
        },
        "timeouts": {
          "title": "OperationalTimeouts",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "default": {
              "$ref": "#/$defs/Duration"
            },
            "perWorkload": {
              "type": "object",
              "additionalProperties": {
                "$ref": "#/$defs/Duration"
              }
            }
          }
        },
        "failureHandling": {
          "title": "FailureHandling",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "healthCheckInterval": {
              "$ref": "#/$defs/Duration"
            },
            "unhealthyThreshold": {
              "type": "integer",
              "minimum": 1
            },
            "healthCheckTimeout": {
              "$ref": "#/$defs/Duration"
            },
            "statusReportingInterval": {
              "$ref": "#/$defs/Duration"
            },
            "partialFailureMode": {
              "enum": [
                "fail",
                "best_effort"
              ]
            },
            "circuitBreaker": {
              "title": "CircuitBreaker",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "enabled": {
                  "type": "boolean"
                },
                "failureThreshold": {
                  "type": "integer",
                  "minimum": 1
                },
                "timeout": {
                  "$ref": "#/$defs/Duration"
                }
              }
            }
          }
        }
      }
    },
    "Telemetry": {
      "title": "Telemetry",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "endpoint": {
          "type": "string"
        },
        "serviceName": {
          "type": "string"
        },
        "serviceVersion": {
          "type": "string"
        },
        "tracingEnabled": {
          "type": "boolean"
        },
        "metricsEnabled": {
          "type": "boolean"
        },
        "samplingRate": {
          "type": [
            "number",
            "string"
          ]
        },
        "headers": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "insecure": {
          "type": "boolean"
        },
        "enablePrometheusMetricsPath": {
          "type": "boolean"
        },
        "prometheusPort": {
          "type": "integer",
          "minimum": 0,
          "maximum": 65535
        },
        "metricsOnTransportPort": {
          "type": "boolean",
          "description": "ToolHive's: also serve /metrics on the main port. vmcp serves /metrics only there, so false (with enablePrometheusMetricsPath) is refused by rule V-14."
        },
        "caCertPath": {
          "type": "string",
          "description": "ToolHive's: CA bundle for the OTLP endpoint; no effect in vmcp (no OTLP export yet, rule V-14)."
        },
        "customAttributes": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "ToolHive's: OpenTelemetry resource attributes; no effect in vmcp (no OpenTelemetry yet, rule V-14)."
        },
        "environmentVariables": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "ToolHive's: environment variables copied into trace spans; no effect in vmcp (no tracing yet, rule V-14)."
        },
        "useLegacyAttributes": {
          "type": "boolean",
          "description": "ToolHive's: also emit pre-semconv attribute names; accepted and without effect (vmcp's /metrics has its own names)."
        }
      }
    },
    "Discovery": {
      "title": "Discovery",
      "description": "vmcp's own section (ToolHive has none): where and how often vmcp asks for the workloads of groupRef when the config lists no backends (ToolHive's dynamic mode). Only with groupRef and without backends. Every key is optional.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "toolhiveApi": {
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "url": {
              "type": "string",
              "pattern": "^https?://[^/?#]+/?$",
              "description": "Base URL of ToolHive's local API (thv serve), without a path. Default: http://127.0.0.1:8080, thv serve's default address."
            }
          },
          "description": "ToolHive's local API (thv serve): vmcp reads GET /api/v1beta/workloads?group=GROUP from it."
        },
        "pollInterval": {
          "$ref": "#/$defs/Duration",
          "description": "How often vmcp asks again; at least 100ms. Default: 10s."
        }
      }
    },
    "Http": {
      "title": "Http",
      "description": "vmcp's own section (ToolHive has none): how the HTTP front door tells callers apart and which names it answers to. Every key is optional; docs/security.md lists the defaults.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "allowedHosts": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "pattern": "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$"
          },
          "description": "Host names (no port) the MCP endpoint and the auth server answer to; a request with another Host is refused (DNS-rebinding guard). Default: the hosts of incomingAuth.oidc.resource, the auth server's issuer and authorization_endpoint_base_url, plus loopback names when served on loopback."
        },
        "allowedOrigins": {
          "type": "array",
          "items": {
            "type": "string",
            "pattern": "^https?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$"
          },
          "description": "Browser origins (scheme://host[:port]) allowed to call the MCP endpoint besides the allowed hosts themselves, e.g. a web-based MCP client."
        },
        "trustedProxies": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          },
          "description": "IP addresses or CIDR blocks (checked by rule V-13) of reverse proxies whose X-Forwarded-For is believed when telling callers apart (rate limits, per-caller session caps). Default: none, the socket's peer is the caller."
        },
        "rateLimits": {
          "title": "HttpRateLimits",
          "type": "object",
          "additionalProperties": false,
          "description": "Per-caller-address limits on the embedded auth server's endpoints (shared by every replica when storage is Redis).",
          "properties": {
            "authorize": {
              "$ref": "#/$defs/RateLimit"
            },
            "consent": {
              "$ref": "#/$defs/RateLimit"
            },
            "register": {
              "$ref": "#/$defs/RateLimit"
            },
            "token": {
              "$ref": "#/$defs/RateLimit"
            }
          }
        },
        "maxSessions": {
          "type": "integer",
          "minimum": 1,
          "description": "MCP sessions (2025-era clients) held at once, for all callers together."
        },
        "maxSessionsPerCaller": {
          "type": "integer",
          "minimum": 1,
          "description": "MCP sessions one caller (one subject; one address when anonymous) may hold; beyond it, that caller's own least recently used session is closed."
        },
        "sessionTTL": {
          "$ref": "#/$defs/Duration"
        }
      }
    },
    "RateLimit": {
      "title": "RateLimit",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "perMinute"
      ],
      "properties": {
        "perMinute": {
          "type": "integer",
          "minimum": 1,
          "description": "Requests per minute, refilled continuously."
        },
        "burst": {
          "type": "integer",
          "minimum": 1,
          "description": "Requests allowed at once (default: perMinute)."
        }
      }
    },
    "AuthServer": {
      "title": "AuthServer",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "runConfig"
      ],
      "properties": {
        "runConfig": {
          "$ref": "#/$defs/AuthServerRunConfig"
        }
      }
    },
    "AuthServerRunConfig": {
      "title": "AuthServerRunConfig",
      "description": "The embedded authorization server (ToolHive's RunConfig, snake_case keys).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "issuer",
        "upstreams",
        "allowed_audiences"
      ],
      "properties": {
        "schema_version": {
          "type": "string"
        },
        "issuer": {
          "type": "string",
          "minLength": 1
        },
        "authorization_endpoint_base_url": {
          "$ref": "#/$defs/HttpUrl"
        },
        "upstreams": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/UpstreamRunConfig"
          }
        },
        "allowed_audiences": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "scopes_supported": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "pattern": "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"
          }
        },
        "storage": {
          "$ref": "#/$defs/AuthServerStorage"
        },
        "signing_key_config": {
          "$ref": "#/$defs/SigningKeyConfig"
        },
        "hmac_secret_files": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "token_lifespans": {
          "$ref": "#/$defs/TokenLifespans"
        },
        "insecure_allow_http": {
          "type": "boolean"
        },
        "delegation_token_lifespan": {
          "notSupported": "token delegation (delegation_token_lifespan)",
          "tsType": "unknown"
        },
        "baseline_client_scopes": {
          "notSupported": "baseline client scopes (baseline_client_scopes)",
          "tsType": "unknown"
        },
        "disable_upstream_token_injection": {
          "notSupported": "disable_upstream_token_injection",
          "tsType": "unknown"
        },
        "cimd": {
          "notSupported": "the cimd block (client ID metadata documents are always on)",
          "tsType": "unknown"
        },
        "trusted_issuers": {
          "notSupported": "trusted issuers for token exchange (trusted_issuers)",
          "tsType": "unknown"
        },
        "allow_confidential_client_registration": {
          "notSupported": "confidential client registration",
          "tsType": "unknown"
        },
        "force_confidential_redirect_uris": {
          "notSupported": "force_confidential_redirect_uris",
          "tsType": "unknown"
        },
        "insecure_allow_confidential_over_loopback_http": {
          "notSupported": "insecure_allow_confidential_over_loopback_http",
          "tsType": "unknown"
        },
        "delegate_clients": {
          "notSupported": "static delegate clients (delegate_clients)",
          "tsType": "unknown"
        }
      }
    },
    "UpstreamRunConfig": {
      "title": "UpstreamRunConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "type": {
          "enum": [
            "oidc",
            "oauth2"
          ]
        },
        "oidc_config": {
          "$ref": "#/$defs/OidcUpstreamConfig"
        },
        "oauth2_config": {
          "$ref": "#/$defs/OAuth2UpstreamConfig"
        }
      },
      "blockFor": {
        "property": "type",
        "blocks": {
          "oidc": "oidc_config",
          "oauth2": "oauth2_config"
        }
      }
    },
    "OidcUpstreamConfig": {
      "title": "OidcUpstreamConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "issuer_url",
        "client_id"
      ],
      "properties": {
        "issuer_url": {
          "$ref": "#/$defs/HttpUrl"
        },
        "client_id": {
          "type": "string",
          "minLength": 1
        },
        "client_secret_file": {
          "type": "string",
          "minLength": 1
        },
        "client_secret_env_var": {
          "$ref": "#/$defs/EnvVarName"
        },
        "redirect_uri": {
          "$ref": "#/$defs/HttpUrl"
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "additional_authorization_params": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "subject_claim": {
          "type": "string",
          "minLength": 1
        },
        "allow_private_ips": {
          "type": "boolean"
        },
        "insecure_allow_http": {
          "type": "boolean"
        },
        "userinfo_override": {
          "notSupported": "userinfo_override",
          "tsType": "unknown"
        }
      },
      "atMostOneOf": [
        "client_secret_file",
        "client_secret_env_var"
      ]
    },
    "OAuth2UpstreamConfig": {
      "title": "OAuth2UpstreamConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "authorization_endpoint",
        "token_endpoint",
        "client_id"
      ],
      "properties": {
        "authorization_endpoint": {
          "$ref": "#/$defs/HttpUrl"
        },
        "token_endpoint": {
          "$ref": "#/$defs/HttpUrl"
        },
        "client_id": {
          "type": "string",
          "minLength": 1
        },
        "client_secret_file": {
          "type": "string",
          "minLength": 1
        },
        "client_secret_env_var": {
          "$ref": "#/$defs/EnvVarName"
        },
        "redirect_uri": {
          "$ref": "#/$defs/HttpUrl"
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "additional_authorization_params": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "userinfo": {
          "$ref": "#/$defs/UserinfoConfig"
        },
        "identity_from_token": {
          "title": "IdentityFromToken",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "subject_path"
          ],
          "properties": {
            "subject_path": {
              "type": "string",
              "minLength": 1
            },
            "name_path": {
              "type": "string"
            },
            "email_path": {
              "type": "string"
            }
          }
        },
        "allow_private_ips": {
          "type": "boolean"
        },
        "insecure_allow_http": {
          "type": "boolean"
        },
        "token_response_mapping": {
          "notSupported": "token_response_mapping",
          "tsType": "unknown"
        },
        "dcr_config": {
          "notSupported": "dynamic client registration with the upstream (dcr_config)",
          "tsType": "unknown"
        }
      },
      "atMostOneOf": [
        "client_secret_file",
        "client_secret_env_var"
      ]
    },
    "UserinfoConfig": {
      "title": "UserinfoConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "endpoint_url"
      ],
      "properties": {
        "endpoint_url": {
          "$ref": "#/$defs/HttpUrl"
        },
        "http_method": {
          "enum": [
            "GET",
            "POST"
          ]
        },
        "additional_headers": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "field_mapping": {
          "title": "UserinfoFieldMapping",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "subject_fields": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            },
            "name_fields": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            },
            "email_fields": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1
              }
            }
          }
        }
      }
    },
    "AuthServerStorage": {
      "title": "AuthServerStorage",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "type": {
          "enum": [
            "memory",
            "redis"
          ]
        },
        "redis_config": {
          "$ref": "#/$defs/RedisConfig"
        }
      }
    },
    "RedisConfig": {
      "title": "RedisConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "addr": {
          "type": "string",
          "pattern": "^[^\\s:/]+:[0-9]{1,5}$"
        },
        "sentinel_config": {
          "title": "RedisSentinelConfig",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "master_name",
            "sentinel_addrs"
          ],
          "properties": {
            "master_name": {
              "type": "string",
              "minLength": 1
            },
            "sentinel_addrs": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "string",
                "pattern": "^[^\\s:/]+:[0-9]{1,5}$"
              }
            },
            "db": {
              "type": "integer",
              "minimum": 0
            }
          }
        },
        "db": {
          "type": "integer",
          "minimum": 0
        },
        "auth_type": {
          "enum": [
            "aclUser"
          ]
        },
        "acl_user_config": {
          "title": "RedisAclUserConfig",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "username_env_var": {
              "$ref": "#/$defs/EnvVarName"
            },
            "password_env_var": {
              "$ref": "#/$defs/EnvVarName"
            }
          }
        },
        "key_prefix": {
          "type": "string"
        },
        "dial_timeout": {
          "$ref": "#/$defs/Duration"
        },
        "read_timeout": {
          "$ref": "#/$defs/Duration"
        },
        "write_timeout": {
          "$ref": "#/$defs/Duration"
        },
        "tls": {
          "$ref": "#/$defs/RedisTls"
        },
        "sentinel_tls": {
          "$ref": "#/$defs/RedisTls"
        },
        "cluster_mode": {
          "notSupported": "Redis cluster mode (cluster_mode)",
          "tsType": "unknown"
        }
      },
      "exactlyOneOf": [
        "addr",
        "sentinel_config"
      ]
    },
    "RedisTls": {
      "title": "RedisTls",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "type": "boolean"
        },
        "insecure_skip_verify": {
          "type": "boolean"
        },
        "ca_cert_file": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "SigningKeyConfig": {
      "title": "SigningKeyConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "key_dir": {
          "type": "string"
        },
        "signing_key_file": {
          "type": "string"
        },
        "fallback_key_files": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        }
      }
    },
    "TokenLifespans": {
      "title": "TokenLifespans",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "access_token_lifespan": {
          "$ref": "#/$defs/Duration"
        },
        "refresh_token_lifespan": {
          "$ref": "#/$defs/Duration"
        },
        "auth_code_lifespan": {
          "$ref": "#/$defs/Duration"
        }
      }
    }
  }
} as const;
