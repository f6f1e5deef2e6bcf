/* Generated from schema/ by scripts/generate.mjs: do not edit. */

export const virtualMcpServerSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/virtualmcpserver.json",
  "title": "VirtualMCPServer",
  "description": "A virtual MCP server. The operator converts it (with the MCPExternalAuthConfig, MCPOIDCConfig, MCPTelemetryConfig and MCPToolConfig objects it names) into the vMCP config the YAML path reads.",
  "x-vmcp-crd": {
    "group": "toolhive.stacklok.dev",
    "version": "v1beta1",
    "deprecatedVersions": [
      "v1alpha1"
    ],
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
        "toolhive.stacklok.dev/v1beta1",
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
    "VirtualMCPServerSpec": {
      "title": "VirtualMCPServerSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "incomingAuth"
      ],
      "properties": {
        "incomingAuth": {
          "$ref": "#/$defs/IncomingAuthConfig"
        },
        "outgoingAuth": {
          "$ref": "#/$defs/OutgoingAuthConfig"
        },
        "passthroughHeaders": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Becomes config.passthroughHeaders (it takes precedence over spec.config.passthroughHeaders, as in ToolHive)."
        },
        "serviceType": {
          "enum": [
            "ClusterIP",
            "NodePort",
            "LoadBalancer"
          ],
          "deploymentField": "the Service type"
        },
        "sessionAffinity": {
          "enum": [
            "ClientIP",
            "None"
          ],
          "deploymentField": "the Service's session affinity"
        },
        "serviceAccount": {
          "type": "string",
          "deploymentField": "the pod's service account"
        },
        "podTemplateSpec": {
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "Record<string, unknown>",
          "deploymentField": "the pod template"
        },
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
        "config": {
          "title": "EmbeddedVmcpConfig",
          "description": "The rest of the vMCP config, camelCase as in the YAML file (backends, aggregation, operational, telemetry, metadata). It is checked after conversion, with the YAML path's schema and rules.",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "Record<string, unknown>"
        },
        "telemetryConfigRef": {
          "title": "MCPTelemetryConfigReference",
          "description": "Names an MCPTelemetryConfig in the same namespace; it becomes config.telemetry.",
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
            "serviceName": {
              "type": "string",
              "description": "Defaults to the VirtualMCPServer name."
            }
          }
        },
        "embeddingServerRef": {
          "notSupported": "the tool optimizer (embeddingServerRef)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "authServerConfig": {
          "$ref": "#/$defs/EmbeddedAuthServerConfig"
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
        "replicas": {
          "type": "integer",
          "minimum": 0,
          "deploymentField": "the Deployment's replica count"
        },
        "sessionStorage": {
          "$ref": "#/$defs/SessionStorageConfig"
        },
        "imagePullSecrets": {
          "type": "array",
          "items": {
            "title": "LocalObjectReference",
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "name": {
                "type": "string"
              }
            }
          },
          "deploymentField": "image pull secrets"
        }
      },
      "x-kubernetes-validations": [
        {
          "rule": "!(has(self.authServerConfig) && has(self.authServerConfigRef))",
          "message": "set the embedded auth server once: spec.authServerConfig (inline) or spec.authServerConfigRef, not both"
        }
      ]
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
        },
        "oidcConfigRef": {
          "$ref": "#/$defs/MCPOIDCConfigReference"
        },
        "authzConfig": {
          "notSupported": "Cedar authorization (incomingAuth.authzConfig)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "authzConfigRef": {
          "notSupported": "Cedar authorization (incomingAuth.authzConfigRef)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        }
      },
      "x-kubernetes-validations": [
        {
          "rule": "self.type == 'oidc' ? (has(self.oidcConfig) || has(self.oidcConfigRef)) : true",
          "message": "spec.incomingAuth.oidcConfigRef (or oidcConfig) is required when type is oidc"
        },
        {
          "rule": "!(has(self.oidcConfig) && has(self.oidcConfigRef))",
          "message": "oidcConfig and oidcConfigRef are mutually exclusive"
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
    },
    "SessionStorageConfig": {
      "title": "SessionStorageConfig",
      "description": "provider memory is what vmcp does anyway (sessions live in the process); Redis session storage is not supported yet.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "provider"
      ],
      "properties": {
        "provider": {
          "enum": [
            "memory",
            "redis"
          ],
          "notSupportedValues": [
            "redis"
          ]
        },
        "address": {
          "notSupported": "Redis session storage (sessionStorage.address)",
          "type": "string",
          "tsType": "unknown"
        },
        "db": {
          "notSupported": "Redis session storage (sessionStorage.db)",
          "type": "integer",
          "tsType": "unknown"
        },
        "keyPrefix": {
          "notSupported": "Redis session storage (sessionStorage.keyPrefix)",
          "type": "string",
          "tsType": "unknown"
        },
        "passwordRef": {
          "notSupported": "Redis session storage (sessionStorage.passwordRef)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        }
      }
    },
    "MCPOIDCConfigReference": {
      "title": "MCPOIDCConfigReference",
      "description": "ToolHive's form: names an MCPOIDCConfig in the same namespace (the issuer side), with this server's audience.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "audience"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "audience": {
          "type": "string",
          "minLength": 1
        },
        "scopes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "resourceUrl": {
          "type": "string",
          "description": "Defaults to http://<name>.<namespace>.svc.cluster.local:4483, as in ToolHive."
        }
      }
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
        },
        "primaryUpstreamProvider": {
          "notSupported": "primaryUpstreamProvider (it picks the Cedar claim source; Cedar authorization is not supported yet)",
          "type": "string",
          "tsType": "unknown"
        },
        "disableUpstreamTokenInjection": {
          "notSupported": "disableUpstreamTokenInjection",
          "type": "boolean",
          "tsType": "unknown"
        },
        "baselineClientScopes": {
          "notSupported": "baseline client scopes (baselineClientScopes)",
          "type": "array",
          "items": {
            "type": "string"
          },
          "tsType": "unknown"
        },
        "allowConfidentialClientRegistration": {
          "notSupported": "confidential client registration (allowConfidentialClientRegistration)",
          "type": "boolean",
          "tsType": "unknown"
        },
        "insecureAllowConfidentialOverLoopbackHTTP": {
          "notSupported": "insecureAllowConfidentialOverLoopbackHTTP",
          "type": "boolean",
          "tsType": "unknown"
        },
        "delegateClients": {
          "notSupported": "static delegate clients (delegateClients)",
          "type": "array",
          "items": {
            "type": "object",
            "x-kubernetes-preserve-unknown-fields": true
          },
          "tsType": "unknown"
        },
        "trustedIssuers": {
          "notSupported": "trusted issuers for token exchange (trustedIssuers)",
          "type": "array",
          "items": {
            "type": "object",
            "x-kubernetes-preserve-unknown-fields": true
          },
          "tsType": "unknown"
        },
        "forceConfidentialRedirectUris": {
          "notSupported": "forceConfidentialRedirectUris",
          "type": "array",
          "items": {
            "type": "string"
          },
          "tsType": "unknown"
        },
        "cimd": {
          "notSupported": "the cimd block (client ID metadata documents are always on)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
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
        },
        "userInfoOverride": {
          "notSupported": "userInfoOverride",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
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
        },
        "tokenResponseMapping": {
          "notSupported": "tokenResponseMapping",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "dcrConfig": {
          "notSupported": "dynamic client registration with the upstream (dcrConfig)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
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
        "clusterMode": {
          "notSupported": "Redis cluster mode (clusterMode)",
          "type": "boolean",
          "tsType": "unknown"
        },
        "sentinelConfig": {
          "title": "RedisSentinelConfig",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "masterName"
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
            "sentinelService": {
              "title": "SentinelServiceRef",
              "description": "A Kubernetes Service in front of the Sentinels: becomes the address <name>.<namespace>.svc.cluster.local:<port>.",
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
                  "minLength": 1,
                  "description": "Defaults to the MCPExternalAuthConfig's namespace."
                },
                "port": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 65535,
                  "description": "Defaults to 26379."
                }
              }
            },
            "db": {
              "type": "integer",
              "minimum": 0
            }
          },
          "x-kubernetes-validations": [
            {
              "rule": "has(self.sentinelAddrs) != has(self.sentinelService)",
              "message": "exactly one of sentinelAddrs or sentinelService must be set"
            }
          ]
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
    "version": "v1beta1",
    "deprecatedVersions": [
      "v1alpha1"
    ],
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
        "toolhive.stacklok.dev/v1beta1",
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
            "upstreamInject",
            "bearerToken",
            "awsSts",
            "obo",
            "xaa"
          ],
          "notSupportedValues": [
            "bearerToken",
            "awsSts",
            "obo",
            "xaa"
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
        },
        "bearerToken": {
          "notSupported": "the bearerToken outgoing strategy (bearerToken)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "awsSts": {
          "notSupported": "the awsSts outgoing strategy (awsSts)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "obo": {
          "notSupported": "the obo outgoing strategy (obo)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "xaa": {
          "notSupported": "the xaa outgoing strategy (xaa)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
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
        },
        {
          "rule": "self.type == 'bearerToken' ? has(self.bearerToken) : !has(self.bearerToken)",
          "message": "bearerToken configuration must be set if and only if type is 'bearerToken'"
        },
        {
          "rule": "self.type == 'awsSts' ? has(self.awsSts) : !has(self.awsSts)",
          "message": "awsSts configuration must be set if and only if type is 'awsSts'"
        },
        {
          "rule": "self.type == 'obo' ? has(self.obo) : !has(self.obo)",
          "message": "obo configuration must be set if and only if type is 'obo'"
        },
        {
          "rule": "self.type == 'xaa' ? has(self.xaa) : !has(self.xaa)",
          "message": "xaa configuration must be set if and only if type is 'xaa'"
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
        },
        "primaryUpstreamProvider": {
          "notSupported": "primaryUpstreamProvider (it picks the Cedar claim source; Cedar authorization is not supported yet)",
          "type": "string",
          "tsType": "unknown"
        },
        "disableUpstreamTokenInjection": {
          "notSupported": "disableUpstreamTokenInjection",
          "type": "boolean",
          "tsType": "unknown"
        },
        "baselineClientScopes": {
          "notSupported": "baseline client scopes (baselineClientScopes)",
          "type": "array",
          "items": {
            "type": "string"
          },
          "tsType": "unknown"
        },
        "allowConfidentialClientRegistration": {
          "notSupported": "confidential client registration (allowConfidentialClientRegistration)",
          "type": "boolean",
          "tsType": "unknown"
        },
        "insecureAllowConfidentialOverLoopbackHTTP": {
          "notSupported": "insecureAllowConfidentialOverLoopbackHTTP",
          "type": "boolean",
          "tsType": "unknown"
        },
        "delegateClients": {
          "notSupported": "static delegate clients (delegateClients)",
          "type": "array",
          "items": {
            "type": "object",
            "x-kubernetes-preserve-unknown-fields": true
          },
          "tsType": "unknown"
        },
        "trustedIssuers": {
          "notSupported": "trusted issuers for token exchange (trustedIssuers)",
          "type": "array",
          "items": {
            "type": "object",
            "x-kubernetes-preserve-unknown-fields": true
          },
          "tsType": "unknown"
        },
        "forceConfidentialRedirectUris": {
          "notSupported": "forceConfidentialRedirectUris",
          "type": "array",
          "items": {
            "type": "string"
          },
          "tsType": "unknown"
        },
        "cimd": {
          "notSupported": "the cimd block (client ID metadata documents are always on)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
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
        },
        "userInfoOverride": {
          "notSupported": "userInfoOverride",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
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
        },
        "tokenResponseMapping": {
          "notSupported": "tokenResponseMapping",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "dcrConfig": {
          "notSupported": "dynamic client registration with the upstream (dcrConfig)",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
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
        "clusterMode": {
          "notSupported": "Redis cluster mode (clusterMode)",
          "type": "boolean",
          "tsType": "unknown"
        },
        "sentinelConfig": {
          "title": "RedisSentinelConfig",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "masterName"
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
            "sentinelService": {
              "title": "SentinelServiceRef",
              "description": "A Kubernetes Service in front of the Sentinels: becomes the address <name>.<namespace>.svc.cluster.local:<port>.",
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
                  "minLength": 1,
                  "description": "Defaults to the MCPExternalAuthConfig's namespace."
                },
                "port": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 65535,
                  "description": "Defaults to 26379."
                }
              }
            },
            "db": {
              "type": "integer",
              "minimum": 0
            }
          },
          "x-kubernetes-validations": [
            {
              "rule": "has(self.sentinelAddrs) != has(self.sentinelService)",
              "message": "exactly one of sentinelAddrs or sentinelService must be set"
            }
          ]
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
        },
        "externalTokenHeaderName": {
          "notSupported": "externalTokenHeaderName (the exchanged token always replaces Authorization)",
          "type": "string",
          "tsType": "unknown"
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

export const mcpOidcConfigSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcpoidcconfig.json",
  "title": "MCPOIDCConfig",
  "description": "The issuer side of incoming OIDC, shared by the servers that name it in spec.incomingAuth.oidcConfigRef (each adds its own audience). ToolHive's kind.",
  "x-vmcp-crd": {
    "group": "toolhive.stacklok.dev",
    "version": "v1beta1",
    "deprecatedVersions": [
      "v1alpha1"
    ],
    "plural": "mcpoidcconfigs",
    "singular": "mcpoidcconfig",
    "shortNames": [
      "mcpoidc"
    ],
    "categories": [
      "toolhive"
    ],
    "printerColumns": [
      {
        "name": "Source",
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
        "toolhive.stacklok.dev/v1beta1",
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPOIDCConfig"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "$ref": "#/$defs/MCPOIDCConfigSpec"
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
    "MCPOIDCConfigSpec": {
      "title": "MCPOIDCConfigSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "kubernetesServiceAccount",
            "inline"
          ]
        },
        "kubernetesServiceAccount": {
          "$ref": "#/$defs/KubernetesServiceAccountOIDCConfig"
        },
        "inline": {
          "$ref": "#/$defs/InlineOIDCSharedConfig"
        }
      },
      "x-kubernetes-validations": [
        {
          "rule": "self.type == 'kubernetesServiceAccount' ? has(self.kubernetesServiceAccount) : !has(self.kubernetesServiceAccount)",
          "message": "kubernetesServiceAccount must be set when type is 'kubernetesServiceAccount', and must not be set otherwise"
        },
        {
          "rule": "self.type == 'inline' ? has(self.inline) : !has(self.inline)",
          "message": "inline must be set when type is 'inline', and must not be set otherwise"
        }
      ]
    },
    "KubernetesServiceAccountOIDCConfig": {
      "title": "KubernetesServiceAccountOIDCConfig",
      "description": "Tokens from the cluster's own service-account issuer.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "serviceAccount": {
          "notSupported": "restricting tokens to one service account (kubernetesServiceAccount.serviceAccount); ToolHive does not enforce it either",
          "type": "string",
          "tsType": "unknown"
        },
        "namespace": {
          "notSupported": "restricting tokens to one namespace (kubernetesServiceAccount.namespace); ToolHive does not enforce it either",
          "type": "string",
          "tsType": "unknown"
        },
        "issuer": {
          "type": "string",
          "description": "Defaults to https://kubernetes.default.svc."
        },
        "jwksUrl": {
          "type": "string"
        },
        "introspectionUrl": {
          "notSupported": "token introspection (introspectionUrl)",
          "type": "string",
          "tsType": "unknown"
        },
        "useClusterAuth": {
          "type": "boolean",
          "description": "Defaults to true: trust the cluster CA (the pod's service-account ca.crt) and allow the private-IP JWKS endpoint."
        }
      }
    },
    "InlineOIDCSharedConfig": {
      "title": "InlineOIDCSharedConfig",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "issuer"
      ],
      "properties": {
        "issuer": {
          "type": "string"
        },
        "jwksUrl": {
          "type": "string"
        },
        "introspectionUrl": {
          "notSupported": "token introspection (introspectionUrl)",
          "type": "string",
          "tsType": "unknown"
        },
        "clientId": {
          "type": "string"
        },
        "clientSecretRef": {
          "$ref": "#/$defs/SecretKeyRef"
        },
        "caBundleRef": {
          "notSupported": "a CA bundle from a ConfigMap (caBundleRef): the vmcp operator does not mount ConfigMaps yet",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        },
        "jwksAuthTokenPath": {
          "notSupported": "a bearer token for the JWKS request (jwksAuthTokenPath)",
          "type": "string",
          "tsType": "unknown"
        },
        "jwksAllowPrivateIP": {
          "type": "boolean"
        },
        "protectedResourceAllowPrivateIP": {
          "type": "boolean"
        },
        "insecureAllowHTTP": {
          "type": "boolean"
        }
      }
    }
  }
} as const;

export const mcpTelemetryConfigSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcptelemetryconfig.json",
  "title": "MCPTelemetryConfig",
  "description": "Telemetry settings shared by the servers that name it in spec.telemetryConfigRef; they become config.telemetry. ToolHive's kind.",
  "x-vmcp-crd": {
    "group": "toolhive.stacklok.dev",
    "version": "v1beta1",
    "deprecatedVersions": [
      "v1alpha1"
    ],
    "plural": "mcptelemetryconfigs",
    "singular": "mcptelemetryconfig",
    "shortNames": [
      "mcpotel"
    ],
    "categories": [
      "toolhive"
    ],
    "printerColumns": [
      {
        "name": "Endpoint",
        "type": "string",
        "jsonPath": ".spec.openTelemetry.endpoint"
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
    "metadata"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1beta1",
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPTelemetryConfig"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "$ref": "#/$defs/MCPTelemetryConfigSpec"
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
    "MCPTelemetryConfigSpec": {
      "title": "MCPTelemetryConfigSpec",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "openTelemetry": {
          "$ref": "#/$defs/MCPTelemetryOTelConfig"
        },
        "prometheus": {
          "$ref": "#/$defs/PrometheusConfig"
        }
      }
    },
    "MCPTelemetryOTelConfig": {
      "title": "MCPTelemetryOTelConfig",
      "description": "Read only when enabled is true, as in ToolHive; otherwise its other fields are reported as having no effect.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "type": "boolean"
        },
        "endpoint": {
          "type": "string",
          "description": "http:// or https:// is stripped (OTLP wants host:port), as in ToolHive."
        },
        "insecure": {
          "type": "boolean"
        },
        "headers": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "sensitiveHeaders": {
          "notSupported": "headers from Secrets (sensitiveHeaders)",
          "type": "array",
          "tsType": "unknown",
          "items": {
            "type": "object",
            "x-kubernetes-preserve-unknown-fields": true
          }
        },
        "resourceAttributes": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Becomes telemetry.customAttributes."
        },
        "metrics": {
          "title": "OpenTelemetryMetricsConfig",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "enabled": {
              "type": "boolean"
            }
          }
        },
        "tracing": {
          "title": "OpenTelemetryTracingConfig",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "enabled": {
              "type": "boolean"
            },
            "samplingRate": {
              "type": "string",
              "pattern": "^(0(\\.\\d+)?|1(\\.0+)?)$"
            }
          }
        },
        "useLegacyAttributes": {
          "type": "boolean"
        },
        "caBundleRef": {
          "notSupported": "a CA bundle from a ConfigMap (caBundleRef): the vmcp operator does not mount ConfigMaps yet",
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "tsType": "unknown"
        }
      }
    },
    "PrometheusConfig": {
      "title": "PrometheusConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "type": "boolean"
        }
      }
    }
  }
} as const;

export const mcpToolConfigSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcptoolconfig.json",
  "title": "MCPToolConfig",
  "description": "Tool filtering and renaming for one backend, named from spec.config.aggregation.tools[].toolConfigRef; merged into that entry's filter and overrides. ToolHive's kind.",
  "x-vmcp-crd": {
    "group": "toolhive.stacklok.dev",
    "version": "v1beta1",
    "deprecatedVersions": [
      "v1alpha1"
    ],
    "plural": "mcptoolconfigs",
    "singular": "mcptoolconfig",
    "shortNames": [
      "tc",
      "toolconfig"
    ],
    "categories": [
      "toolhive"
    ],
    "printerColumns": [
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
    "metadata"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1beta1",
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPToolConfig"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "$ref": "#/$defs/MCPToolConfigSpec"
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
    "MCPToolConfigSpec": {
      "title": "MCPToolConfigSpec",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "toolsFilter": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "x-kubernetes-list-type": "set"
        },
        "toolsOverride": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/ToolOverride"
          }
        }
      }
    },
    "ToolOverride": {
      "title": "ToolOverride",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "name": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "annotations": {
          "$ref": "#/$defs/ToolAnnotationsOverride"
        }
      }
    },
    "ToolAnnotationsOverride": {
      "title": "ToolAnnotationsOverride",
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
    }
  }
} as const;

export const mcpGroupSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcpgroup.json",
  "title": "MCPGroup",
  "description": "A group of MCP workloads. ToolHive's kind: a VirtualMCPServer's spec.groupRef names one.",
  "type": "object",
  "required": [
    "apiVersion",
    "kind",
    "metadata"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1beta1",
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPGroup"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "type": "object",
      "description": "ToolHive's spec: vmcp checks only the fields group discovery reads and leaves the rest to ToolHive's CRD.",
      "x-kubernetes-preserve-unknown-fields": true,
      "required": [],
      "properties": {
        "description": {
          "type": "string",
          "description": "Free text."
        }
      }
    },
    "status": {
      "type": "object",
      "description": "Written by ToolHive's controller; discovery reads only these fields.",
      "x-kubernetes-preserve-unknown-fields": true,
      "properties": {
        "phase": {
          "type": "string",
          "description": "Pending, Ready or Failed, set by ToolHive's controller: a group whose phase is set and is not Ready fails GroupRefValidated (GroupRefNotReady)."
        }
      }
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
    }
  }
} as const;

export const mcpServerSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcpserver.json",
  "title": "MCPServer",
  "description": "An MCP server ToolHive runs in the cluster. ToolHive's kind: vmcp reads it (it does not install or own it) to discover a group's backends.",
  "type": "object",
  "required": [
    "apiVersion",
    "kind",
    "metadata"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1beta1",
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPServer"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "type": "object",
      "description": "ToolHive's spec: vmcp checks only the fields group discovery reads and leaves the rest to ToolHive's CRD.",
      "x-kubernetes-preserve-unknown-fields": true,
      "required": [],
      "properties": {
        "groupRef": {
          "type": "object",
          "description": "The MCPGroup this workload belongs to, in its own namespace; a VirtualMCPServer whose spec.groupRef names that group without spec.config.backends serves it.",
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
        "transport": {
          "enum": [
            "stdio",
            "streamable-http",
            "sse"
          ],
          "default": "stdio",
          "description": "How the server speaks MCP; for stdio, ToolHive's proxy serves it over spec.proxyMode."
        },
        "proxyMode": {
          "enum": [
            "sse",
            "streamable-http"
          ],
          "default": "streamable-http",
          "description": "What ToolHive's proxy speaks for a stdio server; ignored for the others."
        },
        "externalAuthConfigRef": {
          "type": "object",
          "description": "An MCPExternalAuthConfig in the workload's namespace: how vmcp authenticates to this backend when the VirtualMCPServer's spec.outgoingAuth.source is discovered (the default).",
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
      }
    },
    "status": {
      "type": "object",
      "description": "Written by ToolHive's controller; discovery reads only these fields.",
      "x-kubernetes-preserve-unknown-fields": true,
      "properties": {
        "url": {
          "type": "string",
          "description": "The in-cluster URL ToolHive's controller publishes once the workload's Service exists; a workload without one is not discovered yet."
        },
        "phase": {
          "type": "string",
          "description": "Pending, Ready, Failed, Terminating or Stopped: Failed, Terminating and Stopped servers are not discovered (ToolHive marks them unhealthy)."
        }
      }
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
    }
  }
} as const;

export const mcpRemoteProxySchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcpremoteproxy.json",
  "title": "MCPRemoteProxy",
  "description": "A proxy ToolHive runs in the cluster in front of a remote MCP server. ToolHive's kind: vmcp reads it to discover a group's backends.",
  "type": "object",
  "required": [
    "apiVersion",
    "kind",
    "metadata"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1beta1",
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPRemoteProxy"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "type": "object",
      "description": "ToolHive's spec: vmcp checks only the fields group discovery reads and leaves the rest to ToolHive's CRD.",
      "x-kubernetes-preserve-unknown-fields": true,
      "required": [],
      "properties": {
        "groupRef": {
          "type": "object",
          "description": "The MCPGroup this workload belongs to, in its own namespace; a VirtualMCPServer whose spec.groupRef names that group without spec.config.backends serves it.",
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
        "transport": {
          "enum": [
            "sse",
            "streamable-http"
          ],
          "default": "streamable-http",
          "description": "What the proxy speaks."
        },
        "externalAuthConfigRef": {
          "type": "object",
          "description": "An MCPExternalAuthConfig in the workload's namespace: how vmcp authenticates to this backend when the VirtualMCPServer's spec.outgoingAuth.source is discovered (the default).",
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
      }
    },
    "status": {
      "type": "object",
      "description": "Written by ToolHive's controller; discovery reads only these fields.",
      "x-kubernetes-preserve-unknown-fields": true,
      "properties": {
        "url": {
          "type": "string",
          "description": "The in-cluster URL ToolHive's controller publishes once the workload's Service exists; a workload without one is not discovered yet."
        },
        "phase": {
          "type": "string",
          "description": "Pending, Ready, Failed or Terminating: Failed and Terminating proxies are not discovered."
        }
      }
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
    }
  }
} as const;

export const mcpServerEntrySchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://vmcp.dev/schema/k8s/mcpserverentry.json",
  "title": "MCPServerEntry",
  "description": "A remote MCP server listed in a group without anything running in the cluster. ToolHive's kind: vmcp reads it to discover a group's backends.",
  "type": "object",
  "required": [
    "apiVersion",
    "kind",
    "metadata"
  ],
  "properties": {
    "apiVersion": {
      "enum": [
        "toolhive.stacklok.dev/v1beta1",
        "toolhive.stacklok.dev/v1alpha1"
      ]
    },
    "kind": {
      "enum": [
        "MCPServerEntry"
      ]
    },
    "metadata": {
      "$ref": "#/$defs/ObjectMeta"
    },
    "spec": {
      "type": "object",
      "description": "ToolHive's spec: vmcp checks only the fields group discovery reads and leaves the rest to ToolHive's CRD.",
      "x-kubernetes-preserve-unknown-fields": true,
      "required": [
        "remoteUrl",
        "transport",
        "groupRef"
      ],
      "properties": {
        "groupRef": {
          "type": "object",
          "description": "The MCPGroup this workload belongs to, in its own namespace; a VirtualMCPServer whose spec.groupRef names that group without spec.config.backends serves it.",
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
        "remoteUrl": {
          "type": "string",
          "pattern": "^https?://",
          "description": "The server's URL, used as is."
        },
        "transport": {
          "enum": [
            "sse",
            "streamable-http"
          ]
        },
        "externalAuthConfigRef": {
          "type": "object",
          "description": "An MCPExternalAuthConfig in the workload's namespace: how vmcp authenticates to this backend when the VirtualMCPServer's spec.outgoingAuth.source is discovered (the default).",
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
        "headerForward": {
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "notSupported": "spec.headerForward (headers vmcp would add to every request to this entry)"
        },
        "caBundleRef": {
          "type": "object",
          "x-kubernetes-preserve-unknown-fields": true,
          "notSupported": "spec.caBundleRef (a CA bundle for this entry's TLS)"
        }
      }
    },
    "status": {
      "type": "object",
      "description": "Written by ToolHive's controller; discovery reads only these fields.",
      "x-kubernetes-preserve-unknown-fields": true,
      "properties": {
        "phase": {
          "type": "string",
          "description": "Pending, Valid or Failed: only Valid entries are discovered (as ToolHive)."
        }
      }
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
    }
  }
} as const;
