/* Generated from schema/ by scripts/generate.mjs: do not edit. */

export const virtualMcpServerSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/virtualmcpserver.json",
  "title": "VirtualMCPServer",
  "description": "A virtual MCP server. The operator converts it (with the MCPExternalAuthConfigs it names) into the vMCP config the YAML path reads.",
  "x-vmcp-crd": {
    "group": "toolhive.stacklok.dev",
    "version": "v1alpha1",
    "plural": "virtualmcpservers",
    "singular": "virtualmcpserver",
    "shortNames": [
      "vmcp",
      "virtualmcp"
    ],
    "categories": [
      "toolhive"
    ],
    "printerColumns": [
      {
        "name": "Phase",
        "type": "string",
        "jsonPath": ".status.phase"
      },
      {
        "name": "AuthServer",
        "type": "string",
        "jsonPath": ".status.conditions[?(@.type=='AuthServerConfigValid')].status"
      },
      {
        "name": "Age",
        "type": "date",
        "jsonPath": ".metadata.creationTimestamp"
      }
    ]
  },
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "VirtualMCPServer"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "$ref": "#/$defs/VirtualMCPServerSpec"
    },
    "status": {
      "$ref": "#/$defs/VirtualMCPServerStatus"
    }
  },
  "$defs": {
    "ObjectMeta": {
      "title": "ObjectMeta",
      "description": "The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.",
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "namespace": {
          "type": "string",
          "minLength": 1
        },
        "generation": {
          "type": "integer"
        },
        "resourceVersion": {
          "type": "string"
        },
        "uid": {
          "type": "string"
        }
      }
    },
    "SecretKeyRef": {
      "title": "SecretKeyRef",
      "description": "A key of a Secret in the same namespace; only its future location (env var or file) reaches the config.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "key"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "key": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "VirtualMCPServerSpec": {
      "title": "VirtualMCPServerSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "incomingAuth"
      ],
      "properties": {
        "groupRef": {
          "title": "MCPGroupRef",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1
            }
          }
        },
        "incomingAuth": {
          "$ref": "#/$defs/IncomingAuthConfig"
        },
        "authServerConfigRef": {
          "title": "AuthServerConfigRef",
          "description": "Names an MCPExternalAuthConfig of type embeddedAuthServer in the same namespace (Mode B). Absent: Mode A.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1
            },
            "namespace": {
              "type": "string",
              "description": "Only for clarity: it must be the VirtualMCPServer's own namespace."
            }
          }
        },
        "outgoingAuth": {
          "$ref": "#/$defs/OutgoingAuthConfig"
        },
        "config": {
          "title": "EmbeddedVmcpConfig",
          "description": "The rest of the vMCP config, camelCase as in the YAML file (backends, aggregation, operational, telemetry, metadata). It is checked after conversion, with the YAML path's schema and rules.",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "Record<string, unknown>"
        }
      }
    },
    "IncomingAuthConfig": {
      "title": "IncomingAuthConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "anonymous",
            "oidc"
          ]
        },
        "oidcConfig": {
          "$ref": "#/$defs/OIDCConfigRef"
        }
      },
      "x-kubernetes-validations": [
        {
          "rule": "self.type == 'oidc' ? has(self.oidcConfig) : true",
          "message": "spec.incomingAuth.oidcConfig is required when type is oidc"
        }
      ]
    },
    "OIDCConfigRef": {
      "title": "OIDCConfigRef",
      "description": "RFC-0053's form: only inline is supported.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "inline"
      ],
      "properties": {
        "type": {
          "enum": [
            "inline"
          ]
        },
        "inline": {
          "$ref": "#/$defs/InlineOIDCConfig"
        }
      }
    },
    "InlineOIDCConfig": {
      "title": "InlineOIDCConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "issuer"
      ],
      "properties": {
        "issuer": {
          "type": "string"
        },
        "audience": {
          "type": "string",
          "description": "Required; with an auth server it also becomes its only allowed audience (V-07)."
        },
        "resource": {
          "type": "string"
        },
        "jwksUrl": {
          "type": "string"
        },
        "clientId": {
          "type": "string"
        },
        "clientSecretRef": {
          "$ref": "#/$defs/SecretKeyRef"
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "jwksAllowPrivateIP": {
          "type": "boolean"
        },
        "protectedResourceAllowPrivateIP": {
          "type": "boolean"
        },
        "insecureAllowHTTP": {
          "type": "boolean"
        },
        "caBundlePath": {
          "type": "string"
        }
      }
    },
    "OutgoingAuthConfig": {
      "title": "OutgoingAuthConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "source": {
          "enum": [
            "discovered",
            "inline"
          ]
        },
        "default": {
          "$ref": "#/$defs/BackendAuthConfig"
        },
        "backends": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/BackendAuthConfig"
          }
        }
      }
    },
    "BackendAuthConfig": {
      "title": "BackendAuthConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "discovered",
            "externalAuthConfigRef"
          ]
        },
        "externalAuthConfigRef": {
          "title": "ExternalAuthConfigRef",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "name"
          ],
          "properties": {
            "name": {
              "type": "string",
              "minLength": 1
            }
          }
        }
      },
      "x-kubernetes-validations": [
        {
          "rule": "self.type == 'externalAuthConfigRef' ? has(self.externalAuthConfigRef) : !has(self.externalAuthConfigRef)",
          "message": "externalAuthConfigRef must be set if and only if type is externalAuthConfigRef"
        }
      ]
    },
    "VirtualMCPServerStatus": {
      "title": "VirtualMCPServerStatus",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "phase": {
          "enum": [
            "Pending",
            "Ready",
            "Failed"
          ]
        },
        "observedGeneration": {
          "type": "integer"
        },
        "conditions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Condition"
          },
          "x-kubernetes-list-type": "map",
          "x-kubernetes-list-map-keys": [
            "type"
          ]
        }
      }
    },
    "Condition": {
      "title": "Condition",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "status",
        "reason",
        "message"
      ],
      "properties": {
        "type": {
          "type": "string"
        },
        "status": {
          "enum": [
            "True",
            "False",
            "Unknown"
          ]
        },
        "reason": {
          "type": "string"
        },
        "message": {
          "type": "string"
        },
        "lastTransitionTime": {
          "type": "string",
          "format": "date-time"
        },
        "observedGeneration": {
          "type": "integer"
        }
      }
    }
  }
} as const;

export const mcpExternalAuthConfigSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcpexternalauthconfig.json",
  "title": "MCPExternalAuthConfig",
  "description": "An auth configuration other resources refer to by name: the embedded auth server (type embeddedAuthServer) or an outgoing strategy for backends.",
  "x-vmcp-crd": {
    "group": "toolhive.stacklok.dev",
    "version": "v1alpha1",
    "plural": "mcpexternalauthconfigs",
    "singular": "mcpexternalauthconfig",
    "shortNames": [
      "extauth",
      "mcpextauth"
    ],
    "categories": [
      "toolhive"
    ],
    "printerColumns": [
      {
        "name": "Type",
        "type": "string",
        "jsonPath": ".spec.type"
      },
      {
        "name": "Age",
        "type": "date",
        "jsonPath": ".metadata.creationTimestamp"
      }
    ]
  },
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPExternalAuthConfig"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "$ref": "#/$defs/MCPExternalAuthConfigSpec"
    },
    "status": {
      "type": "object",
      "description": "Written by controllers; vmcp reads nothing from it.",
      "x-kubernetes-preserve-unknown-fields": true
    }
  },
  "$defs": {
    "ObjectMeta": {
      "title": "ObjectMeta",
      "description": "The fields of Kubernetes object metadata that vmcp reads; the API server owns the rest.",
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "namespace": {
          "type": "string",
          "minLength": 1
        },
        "generation": {
          "type": "integer"
        },
        "resourceVersion": {
          "type": "string"
        },
        "uid": {
          "type": "string"
        }
      }
    },
    "SecretKeyRef": {
      "title": "SecretKeyRef",
      "description": "A key of a Secret in the same namespace. vmcp only ever records where the value will be (an env var or a file), never the value.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "key"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "key": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "MCPExternalAuthConfigSpec": {
      "title": "MCPExternalAuthConfigSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "embeddedAuthServer",
            "tokenExchange",
            "headerInjection",
            "unauthenticated",
            "upstreamInject"
          ]
        },
        "embeddedAuthServer": {
          "$ref": "#/$defs/EmbeddedAuthServerConfig"
        },
        "tokenExchange": {
          "$ref": "#/$defs/TokenExchangeConfig"
        },
        "headerInjection": {
          "$ref": "#/$defs/HeaderInjectionConfig"
        },
        "upstreamInject": {
          "$ref": "#/$defs/UpstreamInjectConfig"
        }
      },
      "x-kubernetes-validations": [
        {
          "rule": "self.type == 'embeddedAuthServer' ? has(self.embeddedAuthServer) : !has(self.embeddedAuthServer)",
          "message": "embeddedAuthServer configuration must be set if and only if type is 'embeddedAuthServer'"
        },
        {
          "rule": "self.type == 'tokenExchange' ? has(self.tokenExchange) : !has(self.tokenExchange)",
          "message": "tokenExchange configuration must be set if and only if type is 'tokenExchange'"
        },
        {
          "rule": "self.type == 'headerInjection' ? has(self.headerInjection) : !has(self.headerInjection)",
          "message": "headerInjection configuration must be set if and only if type is 'headerInjection'"
        },
        {
          "rule": "self.type == 'upstreamInject' || !has(self.upstreamInject)",
          "message": "upstreamInject configuration may only be set when type is 'upstreamInject'"
        }
      ]
    },
    "EmbeddedAuthServerConfig": {
      "title": "EmbeddedAuthServerConfig",
      "description": "The authorization server vmcp hosts (Mode B). It has no allowedAudiences: the converter derives them from the VirtualMCPServer's incoming audience.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "issuer",
        "upstreamProviders"
      ],
      "properties": {
        "issuer": {
          "type": "string",
          "description": "Must equal the VirtualMCPServer's incoming OIDC issuer exactly (V-04)."
        },
        "authorizationEndpointBaseUrl": {
          "type": "string"
        },
        "upstreamProviders": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/UpstreamProviderConfig"
          },
          "x-kubernetes-list-type": "map",
          "x-kubernetes-list-map-keys": [
            "name"
          ]
        },
        "signingKeySecretRefs": {
          "type": "array",
          "maxItems": 5,
          "description": "The first signs, the rest only verify. Mounted as files.",
          "items": {
            "$ref": "#/$defs/SecretKeyRef"
          }
        },
        "hmacSecretRefs": {
          "type": "array",
          "description": "The first is current, the rest are for rotation. Mounted as files.",
          "items": {
            "$ref": "#/$defs/SecretKeyRef"
          }
        },
        "tokenLifespans": {
          "title": "TokenLifespanConfig",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "accessTokenLifespan": {
              "type": "string"
            },
            "refreshTokenLifespan": {
              "type": "string"
            },
            "authCodeLifespan": {
              "type": "string"
            }
          }
        },
        "storage": {
          "$ref": "#/$defs/AuthServerStorageConfig"
        },
        "insecureAllowHTTP": {
          "type": "boolean"
        }
      }
    },
    "UpstreamProviderConfig": {
      "title": "UpstreamProviderConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "type"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 63
        },
        "type": {
          "enum": [
            "oidc",
            "oauth2"
          ]
        },
        "oidcConfig": {
          "$ref": "#/$defs/OIDCUpstreamConfig"
        },
        "oauth2Config": {
          "$ref": "#/$defs/OAuth2UpstreamConfig"
        }
      },
      "x-kubernetes-validations": [
        {
          "rule": "self.type == 'oidc' ? (has(self.oidcConfig) && !has(self.oauth2Config)) : (has(self.oauth2Config) && !has(self.oidcConfig))",
          "message": "oidcConfig must be set when type is 'oidc' and oauth2Config must be set when type is 'oauth2' (and the other must not be set)"
        }
      ]
    },
    "OIDCUpstreamConfig": {
      "title": "OIDCUpstreamConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "issuerUrl",
        "clientId"
      ],
      "properties": {
        "issuerUrl": {
          "type": "string"
        },
        "clientId": {
          "type": "string"
        },
        "clientSecretRef": {
          "$ref": "#/$defs/SecretKeyRef"
        },
        "redirectUri": {
          "type": "string"
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "additionalAuthorizationParams": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "subjectClaim": {
          "type": "string"
        },
        "allowPrivateIPs": {
          "type": "boolean"
        },
        "insecureAllowHTTP": {
          "type": "boolean"
        }
      }
    },
    "OAuth2UpstreamConfig": {
      "title": "OAuth2UpstreamConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "authorizationEndpoint",
        "tokenEndpoint",
        "clientId"
      ],
      "properties": {
        "authorizationEndpoint": {
          "type": "string"
        },
        "tokenEndpoint": {
          "type": "string"
        },
        "clientId": {
          "type": "string"
        },
        "clientSecretRef": {
          "$ref": "#/$defs/SecretKeyRef"
        },
        "redirectUri": {
          "type": "string"
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "additionalAuthorizationParams": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "userInfo": {
          "title": "UserInfoConfig",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "endpointUrl"
          ],
          "properties": {
            "endpointUrl": {
              "type": "string"
            },
            "httpMethod": {
              "enum": [
                "GET",
                "POST"
              ]
            },
            "additionalHeaders": {
              "type": "object",
              "additionalProperties": {
                "type": "string"
              }
            },
            "fieldMapping": {
              "title": "UserInfoFieldMapping",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "subjectFields": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "nameFields": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "emailFields": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "identityFromToken": {
          "title": "IdentityFromTokenConfig",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "subjectPath"
          ],
          "properties": {
            "subjectPath": {
              "type": "string"
            },
            "namePath": {
              "type": "string"
            },
            "emailPath": {
              "type": "string"
            }
          }
        },
        "allowPrivateIPs": {
          "type": "boolean"
        },
        "insecureAllowHTTP": {
          "type": "boolean"
        }
      }
    },
    "AuthServerStorageConfig": {
      "title": "AuthServerStorageConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "type": {
          "enum": [
            "memory",
            "redis"
          ]
        },
        "redis": {
          "$ref": "#/$defs/RedisStorageConfig"
        }
      }
    },
    "RedisStorageConfig": {
      "title": "RedisStorageConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "aclUserConfig"
      ],
      "properties": {
        "addr": {
          "type": "string"
        },
        "sentinelConfig": {
          "title": "RedisSentinelConfig",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "masterName",
            "sentinelAddrs"
          ],
          "properties": {
            "masterName": {
              "type": "string"
            },
            "sentinelAddrs": {
              "type": "array",
              "items": {
                "type": "string"
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
        "keyPrefix": {
          "type": "string"
        },
        "aclUserConfig": {
          "title": "RedisACLUserConfig",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "passwordSecretRef"
          ],
          "properties": {
            "usernameSecretRef": {
              "$ref": "#/$defs/SecretKeyRef"
            },
            "passwordSecretRef": {
              "$ref": "#/$defs/SecretKeyRef"
            }
          }
        },
        "dialTimeout": {
          "type": "string"
        },
        "readTimeout": {
          "type": "string"
        },
        "writeTimeout": {
          "type": "string"
        },
        "tls": {
          "$ref": "#/$defs/RedisTLSConfig"
        },
        "sentinelTls": {
          "$ref": "#/$defs/RedisTLSConfig"
        }
      }
    },
    "RedisTLSConfig": {
      "title": "RedisTLSConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "insecureSkipVerify": {
          "type": "boolean"
        },
        "caCertSecretRef": {
          "$ref": "#/$defs/SecretKeyRef"
        }
      }
    },
    "TokenExchangeConfig": {
      "title": "TokenExchangeConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "tokenUrl"
      ],
      "properties": {
        "tokenUrl": {
          "type": "string"
        },
        "clientId": {
          "type": "string"
        },
        "clientSecretRef": {
          "$ref": "#/$defs/SecretKeyRef"
        },
        "audience": {
          "type": "string"
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "subjectTokenType": {
          "type": "string"
        },
        "subjectProviderName": {
          "type": "string"
        }
      }
    },
    "HeaderInjectionConfig": {
      "title": "HeaderInjectionConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "headerName",
        "valueSecretRef"
      ],
      "properties": {
        "headerName": {
          "type": "string"
        },
        "valueSecretRef": {
          "$ref": "#/$defs/SecretKeyRef"
        }
      }
    },
    "UpstreamInjectConfig": {
      "title": "UpstreamInjectConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "providerName": {
          "type": "string"
        }
      }
    }
  }
} as const;
