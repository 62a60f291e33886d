// Generated from GET /api/openapi.json by server/openapi/api-paths-source.ts: do not edit.
// Regenerate with `npm run api:types` after changing a route's describe(), validate() or a contract it names;
// test/api/api-paths.test.ts fails while this file and the routes disagree.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 数据库、只读副本，管理员另见数据量 / database engine and the read replica; row counts for administrators
         * @description 公开，无需登录 / public, no session
         */
        get: operations["getApiHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 登录前页面所需的配置 / settings the page needs before signing in
         * @description 公开，无需登录 / public, no session
         */
        get: operations["getApiConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录，开启会话 / sign in: opens a session (cookie) and answers the user with its CSRF token
         * @description 公开，无需登录 / public, no session
         */
        post: operations["postApiAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/wall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 指挥大屏令牌登录 / sign a wall display in with its token
         * @description 公开，无需登录 / public, no session
         */
        post: operations["postApiAuthWall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退出登录 / sign out
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        post: operations["postApiAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改本人密码（其他会话随之结束）/ change your own password: your other sessions end
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        post: operations["postApiAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前用户 / the signed-in user
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计日志 / the audit log, newest first
         * @description 角色 / roles: admin
         */
        get: operations["getApiAdminAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 用户列表 / the accounts
         * @description 角色 / roles: admin
         */
        get: operations["getApiAdminUsers"];
        put?: never;
        /**
         * 新建账号 / add an account
         * @description 角色 / roles: admin
         */
        post: operations["postApiAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可关联的工作人员（按身份与辖区，前 30 位）/ the staff records an account of a role over a jurisdiction may belong to, the first 30
         * @description 角色 / roles: admin
         */
        get: operations["getApiAdminStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 修改账号（显示名称、身份、辖区、关联的工作人员、停用或启用）/ change an account: name, role, jurisdiction, staff record, disabled
         * @description 角色 / roles: admin
         */
        patch: operations["patchApiAdminUsersByUsername"];
        trace?: never;
    };
    "/api/admin/users/{username}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重置密码（解除锁定，结束该账号的会话）/ set a new password: unlocks the account and ends its sessions
         * @description 角色 / roles: admin
         */
        post: operations["postApiAdminUsersByUsernamePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/wall-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 大屏令牌列表 / the wall-display tokens
         * @description 角色 / roles: admin
         */
        get: operations["getApiAdminWallTokens"];
        put?: never;
        /**
         * 签发大屏令牌（仅此一次显示）/ issue a wall-display token, shown this once
         * @description 角色 / roles: admin
         */
        post: operations["postApiAdminWallTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/wall-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 吊销大屏令牌 / revoke a wall-display token
         * @description 角色 / roles: admin
         */
        delete: operations["deleteApiAdminWallTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 接口令牌列表（不含令牌本身）/ the machine API tokens, never the token itself
         * @description 角色 / roles: admin
         */
        get: operations["getApiAdminApiTokens"];
        put?: never;
        /**
         * 签发接口令牌（仅此一次显示）/ issue a machine API token reading as an account, shown this once
         * @description 角色 / roles: admin
         */
        post: operations["postApiAdminApiTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 吊销接口令牌 / revoke a machine API token
         * @description 角色 / roles: admin
         */
        delete: operations["deleteApiAdminApiTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/key-places/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 巡逻必到点二维码（打印）/ the printable QR sheet of key places
         * @description 角色 / roles: admin
         */
        get: operations["getApiAdminKeyPlacesQr"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实有人口（遮蔽）/ residents, masked
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        get: operations["getApiResidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/{id}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看完整信息（审计）/ one resident unmasked, audited
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        post: operations["postApiResidentsByIdUnmask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * 变更居民信息（更正、迁出；记为已核验，审计）/ change a resident: corrections or moving out; verifies the record, audited
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        patch: operations["patchApiResidentsById"];
        trace?: never;
    };
    "/api/registry/freshness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 一标三实核验情况 / how fresh the records are, per grid or building
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        get: operations["getApiRegistryFreshness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/buildings/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 楼栋的一标三实 / a building’s records
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        get: operations["getApiRegistryBuildingsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 采集任务 / collection tasks
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        get: operations["getApiRegistryTasks"];
        put?: never;
        /**
         * 派发采集任务 / give a collection task
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        post: operations["postApiRegistryTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消采集任务 / cancel a task
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        post: operations["postApiRegistryTasksByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记核验走访（同一走访再次提交：200，不重复记录）/ record a verification visit (the same visit sent again: 200, stored once)
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        post: operations["postApiRegistryVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入一标三实（CSV、GeoJSON、压缩的 Shapefile 或 GeoPackage，≤10 MiB）/ import records from CSV, GeoJSON, a zipped Shapefile or a GeoPackage
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        post: operations["postApiRegistryImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出网格的一标三实（审计）/ export a grid’s records, audited
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        get: operations["getApiRegistryExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 矛盾纠纷列表 / disputes, parties masked
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        get: operations["getApiDisputes"];
        put?: never;
        /**
         * 登记矛盾纠纷 / register a dispute
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        post: operations["postApiDisputes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 矛盾纠纷地图点位 / disputes as map points
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiDisputesMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待办提醒 / disputes that need the caller
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        get: operations["getApiDisputesReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 矛盾纠纷详情 / one dispute with its history
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        get: operations["getApiDisputesByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes/{code}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 流转矛盾纠纷 / move a dispute through its workflow
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        post: operations["postApiDisputesByCodeTransitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/disputes/{code}/unmask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 查看当事人完整信息（审计）/ the parties unmasked, audited
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        post: operations["postApiDisputesByCodeUnmask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workforce/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 网格人员架构 / the grid’s people
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiWorkforcePeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workforce/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 工作记录 / work records
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiWorkforceActivities"];
        put?: never;
        /**
         * 登记工作 / record work
         * @description 角色 / roles: admin, commander, officer, grid_leader, grid_worker
         */
        post: operations["postApiWorkforceActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workforce/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 联席会议与谈话 / meetings and talks
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiWorkforceMeetings"];
        put?: never;
        /**
         * 登记会议 / record a meeting
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        post: operations["postApiWorkforceMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workforce/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 双月考评排名 / the two-month grades, ranked
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiWorkforceAssessments"];
        put?: never;
        /**
         * 保存考评 / grade a grid leader
         * @description 角色 / roles: admin, commander
         */
        post: operations["postApiWorkforceAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grids/{code}/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 网格主页 / everything about one grid
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiGridsByCodePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/streets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * streets 图层要素 / the streets layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiStreets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * communities 图层要素 / the communities layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * grids 图层要素 / the grids layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiGrids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/beats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * beats 图层要素 / the beats layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiBeats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * stations 图层要素 / the stations layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiStations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/key-places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * key-places 图层要素 / the key-places layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiKeyPlaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basemap/roads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * roads 图层要素 / the roads layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiBasemapRoads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basemap/water": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * water 图层要素 / the water layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiBasemapWater"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basemap/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * compounds 图层要素 / the compounds layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiBasemapCompounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basemap/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * buildings 图层要素 / the buildings layer's features
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiBasemapBuildings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/district": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 辖区边界 / the district boundary
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiDistrict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 警情（列式）/ incidents as columns; format=binary answers the packed binary layout
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiIncidents"];
        put?: never;
        /**
         * 登记警情 / register an incident
         * @description 带接警单号（externalId）时幂等：同一单号再次提交返回首次登记的警情（200，replayed: true，响应头 Idempotent-Replayed: true），不会重复登记；调度系统的重发与首次内容完全相同，故同一单号而内容（类别、来源、位置、时间）不同时拒绝（409），以免新内容被悄悄丢弃；位置不在您辖区内时拒绝（403），不透露该单号。 / With an externalId the call is idempotent: the same number again answers the incident first registered (200, replayed: true, header Idempotent-Replayed: true) and adds none. Dispatch retries are byte-identical, so the same number with different content (category, source, place or time) is refused with 409 rather than silently answering the original; a place outside your jurisdiction is refused with 403, telling nothing of the number.
         *
         *     角色 / roles: admin, commander, officer
         */
        post: operations["postApiIncidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incident-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 警情类别 / incident categories
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiIncidentCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量登记警情 / register a batch of incidents
         * @description 一次登记多条警情（JSON 数组或 NDJSON，每批最多 5000 条，≤8 MiB）。全部成功或全部不写：任何一条格式有误（400）或被拒绝（422：不在网格内、不在辖区内、类别不存在、接警单号内容不符），都会列出条目编号和原因，且不写入任何警情，修正后整批重发即可。已登记的接警单号返回原警情（replayed），不会重复登记；同一批中相同单号、相同内容视为重发。每千条一次实时通知。 / Registers many incidents at once (a JSON array or NDJSON, at most 5000, ≤8 MiB), all or nothing: any malformed (400) or refused (422: outside the grids or the jurisdiction, unknown category, externalId with different content) item is listed by number with its reason and nothing is written, so the fixed batch can be sent again whole. Known externalIds answer their original incident (replayed) and add none; within one batch a repeated externalId with the same content is a replay. One live notification per 1,000 created.
         *
         *     角色 / roles: admin, commander, officer
         */
        post: operations["postApiIncidentsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实时事件流（SSE）/ live events as server-sent events
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wall/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 大屏汇总 / the wall’s aggregates
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiWallSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wall/grid-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 各网格指标 / each grid’s measures
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiWallGridMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 辖区概况 / headline figures of the caller’s jurisdiction
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiStatsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可规划的街道与社区 / streets and communities to plan
         * @description 角色 / roles: admin, planner
         */
        get: operations["getApiPlannerAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 规划单元（楼栋辖区）/ the planning units of an area
         * @description 角色 / roles: admin, planner
         */
        get: operations["getApiPlannerUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 区域的方案 / the area’s plans
         * @description 角色 / roles: admin, planner
         */
        get: operations["getApiPlannerDrafts"];
        put?: never;
        /**
         * 保存草案 / save a draft
         * @description 角色 / roles: admin, planner
         */
        post: operations["postApiPlannerDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 方案详情 / one plan
         * @description 角色 / roles: admin, planner
         */
        get: operations["getApiPlannerDraftsById"];
        /**
         * 更新草案 / update a draft
         * @description 角色 / roles: admin, planner
         */
        put: operations["putApiPlannerDraftsById"];
        post?: never;
        /**
         * 删除草案 / delete a draft
         * @description 角色 / roles: admin, planner
         */
        delete: operations["deleteApiPlannerDraftsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布预览 / what publishing would change
         * @description 角色 / roles: admin, planner
         */
        post: operations["postApiPlannerPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/drafts/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发布方案 / publish a plan
         * @description 角色 / roles: admin, planner
         */
        post: operations["postApiPlannerDraftsByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planner/plan-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 读取方案文件（压缩的 Shapefile 或 GeoPackage）为 GeoJSON / read a plan file (zipped Shapefile or GeoPackage) as GeoJSON
         * @description 角色 / roles: admin, planner
         */
        post: operations["postApiPlannerPlanFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 时段分布与类别趋势 / hour × weekday matrix and categories over time
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiAnalysisProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 网格与警格千人发案率 / rates per grid and beat
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiAnalysisRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/hotspots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 热点（Gi*）/ Gi* hotspot cells
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiAnalysisHotspots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/emerging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 新兴热点 / emerging hotspot patterns
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiAnalysisEmerging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下周预测 / next period’s forecast cells
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiAnalysisForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analysis/repeats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 重复与近重复警情 / repeat and near-repeat incidents
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiAnalysisRepeats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patrol/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 巡逻候选点 / candidate stops for a window
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        get: operations["getApiPatrolCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patrol/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 规划巡逻路线 / plan a patrol route
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        post: operations["postApiPatrolPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patrol/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 已保存的巡逻路线 / saved routes, without their plans
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        get: operations["getApiPatrolRoutes"];
        put?: never;
        /**
         * 保存巡逻路线 / save a patrol route
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        post: operations["postApiPatrolRoutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patrol/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 可指派对象 / whom a route may be assigned to
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        get: operations["getApiPatrolAssignees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patrol/routes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 巡逻路线详情 / one saved route
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        get: operations["getApiPatrolRoutesById"];
        put?: never;
        post?: never;
        /**
         * 删除巡逻路线 / delete a saved route
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        delete: operations["deleteApiPatrolRoutesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dosage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 巡防剂量 / patrol dosage per hot spot and key place
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiDosage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dosage/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 巡后警情对比 / incidents after visits against the same hours without
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiDosageEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dosage/patrols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 巡逻执行情况 / whether patrols on saved routes reached their stops on time
         * @description 角色 / roles: admin, commander, patrol_leader, officer
         */
        get: operations["getApiDosagePatrols"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/wall/dosage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 大屏巡防态势 / presence now and places uncovered at their peak
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiWallDosage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 地址、地点与人员搜索 / search places, and people for those who may
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer
         */
        get: operations["getApiSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/patrols": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 开始巡逻 / start a patrol (idempotent by id)
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        post: operations["postApiFieldPatrols"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/patrols/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束巡逻 / end one’s own patrol
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        post: operations["postApiFieldPatrolsByIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/patrols/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前巡逻 / the caller’s open patrol
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        get: operations["getApiFieldPatrolsCurrent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/pings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传定位 / a batch of one’s own patrol’s GPS pings (all or nothing, idempotent)
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        post: operations["postApiFieldPings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签到（定位或扫码）/ check in by geofence or QR code (idempotent by id)
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        post: operations["postApiFieldCheckIns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 随手拍待办 / reports of the caller’s jurisdiction to handle
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        get: operations["getApiFieldReports"];
        put?: never;
        /**
         * 随手拍上报 / send a report from the street, with photos (idempotent by id)
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        post: operations["postApiFieldReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/reports/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 我的随手拍及处理结果 / the caller’s reports and how they were handled
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        get: operations["getApiFieldReportsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/reports/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 处理随手拍 / turn a report into a dispute, a registry task, an incident lead, or dismiss it
         * @description 角色 / roles: admin, commander, officer, grid_leader
         */
        post: operations["postApiFieldReportsByIdHandle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/reports/{id}/photos/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 随手拍照片 / a report’s photo (JPEG)
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        get: operations["getApiFieldReportsByIdPhotosByN"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/reports/{id}/voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 随手拍语音 / a report’s voice note (audio/webm, audio/ogg, audio/mp4, audio/aac, audio/mpeg; single byte ranges answered 206)
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        get: operations["getApiFieldReportsByIdVoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 今日工作 / the caller’s work of the day
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, grid_worker
         */
        get: operations["getApiFieldToday"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/field/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 在岗单位位置 / the last position of each unit on duty in the caller’s scope
         * @description 角色 / roles: admin, commander, patrol_leader, officer, grid_leader, wall_display
         */
        get: operations["getApiFieldPositions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/basemap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前底图的绘制信息 / what the browser needs to draw the active base map
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiBasemap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/basemap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前底图与设置（令牌已遮蔽）/ the active base map and its settings, token masked
         * @description 角色 / roles: admin
         */
        get: operations["getApiAdminBasemap"];
        /**
         * 切换底图（多进程时各进程一起切换，重启后回到环境变量的设置）/ switch the base map, in every API process, until restart
         * @description 角色 / roles: admin
         */
        put: operations["putApiAdminBasemap"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 本接口的 OpenAPI 3.1 文档 / this API as an OpenAPI 3.1 document
         * @description 角色 / roles: admin, commander, planner, patrol_leader, officer, grid_leader, grid_worker, viewer, wall_display
         */
        get: operations["getApiOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/basemap/tiles/{z}/{x}/{y}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 底图瓦片 / a base-map tile
         * @description 公开，无需登录 / public, no session
         */
        get: operations["getBasemapTilesByZByXByY"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/basemap/labels/{z}/{x}/{y}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 底图注记瓦片 / a base-map label tile
         * @description 公开，无需登录 / public, no session
         */
        get: operations["getBasemapLabelsByZByXByY"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/basemap/package.pmtiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PMTiles 底图包（支持 Range）/ the PMTiles archive, with HTTP Range
         * @description 公开，无需登录 / public, no session
         */
        get: operations["getBasemapPackagePmtiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiError: {
            /** @description 稳定的错误代码 / a stable code, e.g. not_found, bad_request, forbidden */
            error: string;
            /** @description 按 Accept-Language 的说明（默认中文）/ the refusal in the request’s language */
            message: string;
            issues?: {
                field: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        __schema0: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "grid_leader" | "compound_leader" | "building_leader" | "grid_worker" | "community_officer";
            isPolice: boolean;
            employer: string;
            phone: string;
            gridCode: string | null;
            compoundCode: string | null;
            compoundName: string | null;
            buildingCode: string | null;
            buildingName: string | null;
            children: components["schemas"]["__schema0"][];
        };
        WrittenIncident: {
            id: number;
            occurredAt: string;
            categoryCode: string;
            lng: number;
            lat: number;
            gridCode: string;
            beatCode: string | null;
            recordedAt: string;
            externalId: string | null;
            /** @description 此接警单号此前已登记，返回的是原警情 / the externalId was known: this is the original incident */
            replayed?: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        engine: "pglite" | "postgres";
                        postgis: string;
                        counts?: {
                            [key: string]: number;
                        };
                        replica: {
                            configured: boolean;
                            state: ("streaming" | "lagging" | "down") | null;
                            lagSeconds: number | null;
                            lagBytes: number | null;
                            maxLagSeconds: number | null;
                            servingReads: boolean;
                            checkedAt: string | null;
                        };
                    };
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basemapStyleUrl: string | null;
                    };
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer" | "wall_display";
                        scope: {
                            /** @enum {string} */
                            kind: "district" | "street" | "station" | "beat" | "grids";
                            codes: string[];
                        };
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                        };
                        csrfToken: string;
                        idleExpiresAt: string;
                        absoluteExpiresAt: string;
                        mustChangePassword: boolean;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 尝试过多 / too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAuthWall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer" | "wall_display";
                        scope: {
                            /** @enum {string} */
                            kind: "district" | "street" | "station" | "beat" | "grids";
                            codes: string[];
                        };
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                        };
                        csrfToken: string;
                        idleExpiresAt: string;
                        absoluteExpiresAt: string;
                        mustChangePassword: boolean;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 尝试过多 / too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer" | "wall_display";
                        scope: {
                            /** @enum {string} */
                            kind: "district" | "street" | "station" | "beat" | "grids";
                            codes: string[];
                        };
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                        };
                        csrfToken: string;
                        idleExpiresAt: string;
                        absoluteExpiresAt: string;
                        mustChangePassword: boolean;
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAdminAudit: {
        parameters: {
            query?: {
                username?: string;
                action?: string;
                from?: string;
                to?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        at: string;
                        username: string | null;
                        userName: string | null;
                        role: string | null;
                        ip: string | null;
                        method: string;
                        route: string;
                        action: ("login" | "logout" | "wall_login" | "write" | "unmask" | "wall_token_issue" | "wall_token_revoke" | "api_token_issue" | "api_token_revoke" | "save_grid_draft" | "delete_grid_draft" | "publish_grid_plan" | "preview_grid_plan" | "read_plan_file" | "incident_create" | "dispute_register" | "dispute_registered" | "dispute_assessed" | "dispute_mediating" | "dispute_referred" | "dispute_escalated" | "dispute_resolved" | "dispute_visited" | "dispute_closed" | "search_people" | "basemap_switch" | "plan_patrol_route" | "save_patrol_route" | "delete_patrol_route" | "activity_record" | "meeting_record" | "assessment_save" | "assessment_create" | "assessment_replace" | "field_patrol_start" | "field_patrol_end" | "field_pings" | "field_check_in" | "field_report" | "field_report_handle" | "registry_task_create" | "registry_task_cancel" | "registry_visit" | "resident_change" | "registry_import_check" | "registry_import" | "registry_export" | "ogc_read_disputes" | "user_create" | "user_update" | "user_password_reset" | "password_change") | string;
                        records: string[];
                        /** @enum {string} */
                        outcome: "success" | "denied" | "failed";
                        status: number;
                        requestId: string | null;
                    }[];
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer" | "wall_display";
                        /** @enum {string} */
                        scopeKind: "district" | "street" | "station" | "beat" | "grids";
                        scopeCodes: string[];
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                        };
                        disabled: boolean;
                        lockedUntil: string | null;
                        person: {
                            id: string;
                            name: string;
                            placeName: string | null;
                        } | null;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    /** @enum {string} */
                    role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer";
                    scope: {
                        /** @enum {string} */
                        kind: "district" | "street" | "station" | "beat" | "grids";
                        codes: string[];
                    };
                    password: string;
                    personId?: string | null;
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer" | "wall_display";
                        /** @enum {string} */
                        scopeKind: "district" | "street" | "station" | "beat" | "grids";
                        scopeCodes: string[];
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                        };
                        disabled: boolean;
                        lockedUntil: string | null;
                        person: {
                            id: string;
                            name: string;
                            placeName: string | null;
                        } | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAdminStaff: {
        parameters: {
            query: {
                role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer";
                kind: "district" | "street" | "station" | "beat" | "grids";
                codes?: string;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "grid_leader" | "compound_leader" | "building_leader" | "grid_worker" | "community_officer";
                        isPolice: boolean;
                        placeName: string | null;
                        account: {
                            username: string;
                            displayName: string;
                        } | null;
                    }[];
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    patchApiAdminUsersByUsername: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @enum {string} */
                    role?: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer";
                    scope?: {
                        /** @enum {string} */
                        kind: "district" | "street" | "station" | "beat" | "grids";
                        codes: string[];
                    };
                    disabled?: boolean;
                    personId?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer" | "wall_display";
                        /** @enum {string} */
                        scopeKind: "district" | "street" | "station" | "beat" | "grids";
                        scopeCodes: string[];
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                        };
                        disabled: boolean;
                        lockedUntil: string | null;
                        person: {
                            id: string;
                            name: string;
                            placeName: string | null;
                        } | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAdminUsersByUsernamePassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "commander" | "planner" | "patrol_leader" | "officer" | "grid_leader" | "grid_worker" | "viewer" | "wall_display";
                        /** @enum {string} */
                        scopeKind: "district" | "street" | "station" | "beat" | "grids";
                        scopeCodes: string[];
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                        };
                        disabled: boolean;
                        lockedUntil: string | null;
                        person: {
                            id: string;
                            name: string;
                            placeName: string | null;
                        } | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAdminWallTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        revokedAt: string | null;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAdminWallTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        token: string;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteApiAdminWallTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAdminApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        username: string;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        expiresAt: string;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiAdminApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    username: string;
                    expiresInDays: number;
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        token: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteApiAdminApiTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAdminKeyPlacesQr: {
        parameters: {
            query?: {
                format?: "html" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 可打印的二维码页 / the printable sheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": unknown;
                    "application/json": {
                        code: string;
                        name: string;
                        address: string;
                        payload: string;
                    }[];
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiResidents: {
        parameters: {
            query?: {
                gridCode?: string;
                buildingCode?: string;
                kind?: "registered" | "floating";
                q?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        rows: {
                            id: string;
                            name: string;
                            idNumber: string;
                            phone: string | null;
                            houseNumber: string;
                            buildingCode: string;
                            buildingName: string | null;
                            gridCode: string;
                            gridName: string | null;
                            /** @enum {string} */
                            kind: "registered" | "floating";
                            movedInOn: string | null;
                            masked: boolean;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiResidentsByIdUnmask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        idNumber: string;
                        phone: string | null;
                        houseNumber: string;
                        buildingCode: string;
                        buildingName: string | null;
                        gridCode: string;
                        gridName: string | null;
                        /** @enum {string} */
                        kind: "registered" | "floating";
                        movedInOn: string | null;
                        masked: boolean;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    patchApiResidentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    idNumber?: string;
                    phone?: string | null;
                    houseNumber?: string;
                    /** @enum {string} */
                    kind?: "registered" | "floating";
                    movedOutOn?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        idNumber: string;
                        phone: string | null;
                        houseNumber: string;
                        buildingCode: string;
                        buildingName: string | null;
                        gridCode: string;
                        gridName: string | null;
                        /** @enum {string} */
                        kind: "registered" | "floating";
                        movedInOn: string | null;
                        masked: boolean;
                        movedOutOn: string | null;
                        verifiedAt: string | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiRegistryFreshness: {
        parameters: {
            query?: {
                grid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        level: "grids";
                        freshDays: number;
                        rows: {
                            buildings: number;
                            buildingsVerified: number;
                            buildingsWithAddress: number;
                            addresses: number;
                            addressesVerified: number;
                            residents: number;
                            residentsVerified: number;
                            floating: number;
                            houses: number;
                            housesVerified: number;
                            rented: number;
                            vacant: number;
                            organisations: number;
                            organisationsVerified: number;
                            buildingsVerifiedShare: number | null;
                            residentsVerifiedShare: number | null;
                            coverage: number | null;
                            floatingShare: number | null;
                            rentalShare: number | null;
                            overdueChecks: number;
                            gridCode: string;
                            name: string;
                            openTasks: number;
                            overdueTasks: number;
                        }[];
                    } | {
                        /** @constant */
                        level: "buildings";
                        freshDays: number;
                        gridCode: string;
                        rows: {
                            buildings: number;
                            buildingsVerified: number;
                            buildingsWithAddress: number;
                            addresses: number;
                            addressesVerified: number;
                            residents: number;
                            residentsVerified: number;
                            floating: number;
                            houses: number;
                            housesVerified: number;
                            rented: number;
                            vacant: number;
                            organisations: number;
                            organisationsVerified: number;
                            buildingsVerifiedShare: number | null;
                            residentsVerifiedShare: number | null;
                            coverage: number | null;
                            floatingShare: number | null;
                            rentalShare: number | null;
                            overdueChecks: number;
                            buildingCode: string;
                            name: string;
                            compoundName: string;
                            label: string;
                            verifiedAt: string | null;
                            lastVisitAt: string | null;
                            openTasks: number;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiRegistryBuildingsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        gridCode: string;
                        compoundName: string;
                        label: string;
                        households: number;
                        verifiedAt: string | null;
                        addresses: {
                            code: string;
                            label: string;
                            verifiedAt: string | null;
                        }[];
                        houses: {
                            code: string;
                            addressCode: string;
                            number: string;
                            /** @enum {string} */
                            use: "owner_occupied" | "rented" | "vacant";
                            rentalStart: string | null;
                            rentalEnd: string | null;
                            verifiedAt: string | null;
                        }[];
                        organisations: {
                            code: string;
                            name: string;
                            kind: string;
                            addressCode: string;
                            contact: string | null;
                            verifiedAt: string | null;
                        }[];
                        residents: {
                            id: string;
                            name: string;
                            idNumber: string;
                            phone: string | null;
                            houseNumber: string;
                            houseCode: string | null;
                            /** @enum {string} */
                            kind: "registered" | "floating";
                            movedInOn: string | null;
                            verifiedAt: string | null;
                            /** @constant */
                            masked: true;
                        }[];
                        visits: {
                            id: number;
                            buildingCode: string;
                            gridCode: string;
                            visitedAt: string;
                            byUsername: string;
                            byName: string;
                            taskId: string | null;
                            residentsChecked: number;
                            housesChecked: number;
                            organisationsChecked: number;
                            notes: string;
                        }[];
                        openTasks: {
                            id: string;
                            gridCode: string;
                            gridName: string | null;
                            buildingCode: string | null;
                            buildingName: string | null;
                            assignee: string;
                            assigneeName: string | null;
                            note: string;
                            dueOn: string;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            overdue: boolean;
                            createdBy: string;
                            createdByName: string;
                            createdAt: string;
                            doneAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiRegistryTasks: {
        parameters: {
            query?: {
                grid?: string;
                status?: "open" | "done" | "cancelled";
                assignee?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        gridCode: string;
                        gridName: string | null;
                        buildingCode: string | null;
                        buildingName: string | null;
                        assignee: string;
                        assigneeName: string | null;
                        note: string;
                        dueOn: string;
                        /** @enum {string} */
                        status: "open" | "done" | "cancelled";
                        overdue: boolean;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        doneAt: string | null;
                    }[];
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiRegistryTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gridCode: string;
                    buildingCode?: string;
                    assignee: string;
                    /** @default  */
                    note?: string;
                    /** Format: date */
                    dueOn: string;
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        gridCode: string;
                        gridName: string | null;
                        buildingCode: string | null;
                        buildingName: string | null;
                        assignee: string;
                        assigneeName: string | null;
                        note: string;
                        dueOn: string;
                        /** @enum {string} */
                        status: "open" | "done" | "cancelled";
                        overdue: boolean;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        doneAt: string | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiRegistryTasksByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        gridCode: string;
                        gridName: string | null;
                        buildingCode: string | null;
                        buildingName: string | null;
                        assignee: string;
                        assigneeName: string | null;
                        note: string;
                        dueOn: string;
                        /** @enum {string} */
                        status: "open" | "done" | "cancelled";
                        overdue: boolean;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        doneAt: string | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiRegistryVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    buildingCode: string;
                    /** Format: uuid */
                    taskId?: string;
                    /** Format: date-time */
                    visitedAt?: string;
                    /** @default  */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        buildingCode: string;
                        gridCode: string;
                        visitedAt: string;
                        byUsername: string;
                        byName: string;
                        taskId: string | null;
                        residentsChecked: number;
                        housesChecked: number;
                        organisationsChecked: number;
                        notes: string;
                    };
                };
            };
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        buildingCode: string;
                        gridCode: string;
                        visitedAt: string;
                        byUsername: string;
                        byName: string;
                        taskId: string | null;
                        residentsChecked: number;
                        housesChecked: number;
                        organisationsChecked: number;
                        notes: string;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiRegistryImport: {
        parameters: {
            query?: {
                kind?: "residents" | "houses" | "organisations" | "addresses" | "buildings" | "key_places";
                dryRun?: "true" | "false";
                encoding?: "utf-8" | "gbk";
                table?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "text/csv": string;
                "application/geo+json": Record<string, never>;
                "application/json": {
                    /** @enum {string} */
                    kind?: "residents" | "houses" | "organisations" | "addresses" | "buildings" | "key_places";
                    /** @enum {string} */
                    format: "csv" | "geojson";
                    content: string | {
                        [key: string]: unknown;
                    };
                };
                "application/zip": string;
                "application/geopackage+sqlite3": string;
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "residents" | "houses" | "organisations" | "addresses";
                        /** @enum {string} */
                        format: "csv" | "geojson";
                        rows: number;
                        written: number;
                        dryRun: boolean;
                        ignoredColumns: string[];
                        file?: {
                            /** @enum {string} */
                            type: "shp" | "gpkg" | "geojson";
                            layer: string;
                            crs: string;
                            encoding?: string;
                            /** @enum {string} */
                            detectedEncoding?: "utf-8" | "gbk" | "unknown";
                            warnings: string[];
                        };
                    } | {
                        /** @enum {string} */
                        kind: "buildings" | "key_places";
                        /** @constant */
                        format: "geojson";
                        rows: number;
                        written: number;
                        dryRun: boolean;
                        ignoredColumns: string[];
                        file?: {
                            /** @enum {string} */
                            type: "shp" | "gpkg" | "geojson";
                            layer: string;
                            crs: string;
                            encoding?: string;
                            /** @enum {string} */
                            detectedEncoding?: "utf-8" | "gbk" | "unknown";
                            warnings: string[];
                        };
                    };
                };
            };
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "residents" | "houses" | "organisations" | "addresses";
                        /** @enum {string} */
                        format: "csv" | "geojson";
                        rows: number;
                        written: number;
                        dryRun: boolean;
                        ignoredColumns: string[];
                        file?: {
                            /** @enum {string} */
                            type: "shp" | "gpkg" | "geojson";
                            layer: string;
                            crs: string;
                            encoding?: string;
                            /** @enum {string} */
                            detectedEncoding?: "utf-8" | "gbk" | "unknown";
                            warnings: string[];
                        };
                    } | {
                        /** @enum {string} */
                        kind: "buildings" | "key_places";
                        /** @constant */
                        format: "geojson";
                        rows: number;
                        written: number;
                        dryRun: boolean;
                        ignoredColumns: string[];
                        file?: {
                            /** @enum {string} */
                            type: "shp" | "gpkg" | "geojson";
                            layer: string;
                            crs: string;
                            encoding?: string;
                            /** @enum {string} */
                            detectedEncoding?: "utf-8" | "gbk" | "unknown";
                            warnings: string[];
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 请求体过大 / payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不支持的内容类型 / unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        error: "rejected_rows";
                        message: string;
                        /** @enum {string} */
                        kind: "residents" | "houses" | "organisations" | "addresses";
                        rows: number;
                        rejected: {
                            row: number;
                            field: string;
                            reason: string;
                        }[];
                        file?: {
                            /** @enum {string} */
                            type: "shp" | "gpkg" | "geojson";
                            layer: string;
                            crs: string;
                            encoding?: string;
                            /** @enum {string} */
                            detectedEncoding?: "utf-8" | "gbk" | "unknown";
                            warnings: string[];
                        };
                    } | {
                        /** @constant */
                        error: "rejected_rows";
                        message: string;
                        /** @enum {string} */
                        kind: "buildings" | "key_places";
                        rows: number;
                        rejected: {
                            row: number;
                            field: string;
                            reason: string;
                        }[];
                        file?: {
                            /** @enum {string} */
                            type: "shp" | "gpkg" | "geojson";
                            layer: string;
                            crs: string;
                            encoding?: string;
                            /** @enum {string} */
                            detectedEncoding?: "utf-8" | "gbk" | "unknown";
                            warnings: string[];
                        };
                    };
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiRegistryExport: {
        parameters: {
            query: {
                grid: string;
                kind: "residents" | "houses" | "organisations" | "addresses";
                format?: "csv" | "geojson";
                unmask?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 附件下载，format=csv 或 geojson / a file download, format=csv or geojson */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                    "application/geo+json": unknown;
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDisputes: {
        parameters: {
            query?: {
                status?: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                type?: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                risk?: "high" | "medium" | "low";
                overdue?: "true" | "false";
                grid?: string;
                q?: string;
                limit?: number;
                offset?: number;
                sort?: "registered" | "risk" | "due";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        rows: {
                            code: string;
                            /** @enum {string} */
                            type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                            /** @enum {string} */
                            status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                            /** @enum {string} */
                            source: "110" | "patrol" | "resident" | "grid_worker";
                            summary: string;
                            registeredAt: string;
                            resolvedAt: string | null;
                            gridCode: string | null;
                            gridName: string | null;
                            buildingCode: string | null;
                            placeName: string | null;
                            communityCode: string | null;
                            streetCode: string | null;
                            beatCode: string | null;
                            lngLat: [
                                number,
                                number
                            ];
                            remit: ("police" | "other_body" | "stability") | null;
                            responsibleBody: string | null;
                            dueAt: string | null;
                            overdue: boolean;
                            riskScore: number;
                            /** @enum {string} */
                            riskLevel: "high" | "medium" | "low";
                            parties: {
                                /** @enum {string} */
                                role: "applicant" | "respondent" | "other";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                            }[];
                            masked: boolean;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiDisputes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                    /** @enum {string} */
                    source: "110" | "patrol" | "resident" | "grid_worker";
                    summary: string;
                    /** @default  */
                    description?: string;
                    parties?: {
                        /** @enum {string} */
                        role: "applicant" | "respondent" | "other";
                        name: string;
                        idNumber?: string;
                        phone?: string;
                    }[];
                    lngLat?: [
                        number,
                        number
                    ];
                    buildingCode?: string;
                    addressCode?: string;
                    /** Format: date-time */
                    registeredAt?: string;
                    /** @default false */
                    threats?: boolean;
                    /** @default false */
                    violence?: boolean;
                    /** @default [] */
                    linkedIncidents?: number[];
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                        /** @enum {string} */
                        status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                        /** @enum {string} */
                        source: "110" | "patrol" | "resident" | "grid_worker";
                        summary: string;
                        registeredAt: string;
                        resolvedAt: string | null;
                        gridCode: string | null;
                        gridName: string | null;
                        buildingCode: string | null;
                        placeName: string | null;
                        communityCode: string | null;
                        streetCode: string | null;
                        beatCode: string | null;
                        lngLat: [
                            number,
                            number
                        ];
                        remit: ("police" | "other_body" | "stability") | null;
                        responsibleBody: string | null;
                        dueAt: string | null;
                        overdue: boolean;
                        riskScore: number;
                        /** @enum {string} */
                        riskLevel: "high" | "medium" | "low";
                        parties: {
                            /** @enum {string} */
                            role: "applicant" | "respondent" | "other";
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        }[];
                        masked: boolean;
                        description: string;
                        addressCode: string | null;
                        threats: boolean;
                        violence: boolean;
                        linkedIncidents: number[];
                        registeredBy: string | null;
                        registeredByName: string | null;
                        updatedAt: string;
                        riskReasons: {
                            /** @enum {string} */
                            rule: "repeat_address" | "repeat_parties" | "linked_incidents" | "threats" | "violence" | "escalation" | "type";
                            points: number;
                            disputes?: string[];
                            incidents?: number;
                            word?: string;
                            text: string;
                        }[];
                        events: {
                            fromStatus: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed") | null;
                            /** @enum {string} */
                            toStatus: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                            at: string;
                            byUsername: string;
                            byName: string;
                            reason: string | null;
                            /** @enum {string} */
                            source?: "110" | "patrol" | "resident" | "grid_worker";
                        }[];
                        nextStatuses: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed")[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDisputesMap: {
        parameters: {
            query?: {
                status?: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                risk?: "high" | "medium" | "low";
                grid?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Point";
                                coordinates: number[];
                            };
                            properties: {
                                code: string;
                                /** @enum {string} */
                                type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                                /** @enum {string} */
                                status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                                riskScore: number;
                                /** @enum {string} */
                                riskLevel: "high" | "medium" | "low";
                                overdue: boolean;
                                placeName: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDisputesReminders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: {
                            code: string;
                            /** @enum {string} */
                            type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                            /** @enum {string} */
                            status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                            /** @enum {string} */
                            source: "110" | "patrol" | "resident" | "grid_worker";
                            summary: string;
                            registeredAt: string;
                            resolvedAt: string | null;
                            gridCode: string | null;
                            gridName: string | null;
                            buildingCode: string | null;
                            placeName: string | null;
                            communityCode: string | null;
                            streetCode: string | null;
                            beatCode: string | null;
                            lngLat: [
                                number,
                                number
                            ];
                            remit: ("police" | "other_body" | "stability") | null;
                            responsibleBody: string | null;
                            dueAt: string | null;
                            overdue: boolean;
                            riskScore: number;
                            /** @enum {string} */
                            riskLevel: "high" | "medium" | "low";
                            parties: {
                                /** @enum {string} */
                                role: "applicant" | "respondent" | "other";
                                name: string;
                                idNumber?: string;
                                phone?: string;
                            }[];
                            masked: boolean;
                            /** @enum {string} */
                            remindedAs: "grid_leader" | "officer" | "jurisdiction";
                        }[];
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDisputesByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                        /** @enum {string} */
                        status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                        /** @enum {string} */
                        source: "110" | "patrol" | "resident" | "grid_worker";
                        summary: string;
                        registeredAt: string;
                        resolvedAt: string | null;
                        gridCode: string | null;
                        gridName: string | null;
                        buildingCode: string | null;
                        placeName: string | null;
                        communityCode: string | null;
                        streetCode: string | null;
                        beatCode: string | null;
                        lngLat: [
                            number,
                            number
                        ];
                        remit: ("police" | "other_body" | "stability") | null;
                        responsibleBody: string | null;
                        dueAt: string | null;
                        overdue: boolean;
                        riskScore: number;
                        /** @enum {string} */
                        riskLevel: "high" | "medium" | "low";
                        parties: {
                            /** @enum {string} */
                            role: "applicant" | "respondent" | "other";
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        }[];
                        masked: boolean;
                        description: string;
                        addressCode: string | null;
                        threats: boolean;
                        violence: boolean;
                        linkedIncidents: number[];
                        registeredBy: string | null;
                        registeredByName: string | null;
                        updatedAt: string;
                        riskReasons: {
                            /** @enum {string} */
                            rule: "repeat_address" | "repeat_parties" | "linked_incidents" | "threats" | "violence" | "escalation" | "type";
                            points: number;
                            disputes?: string[];
                            incidents?: number;
                            word?: string;
                            text: string;
                        }[];
                        events: {
                            fromStatus: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed") | null;
                            /** @enum {string} */
                            toStatus: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                            at: string;
                            byUsername: string;
                            byName: string;
                            reason: string | null;
                            /** @enum {string} */
                            source?: "110" | "patrol" | "resident" | "grid_worker";
                        }[];
                        nextStatuses: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed")[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiDisputesByCodeTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                    reason: string;
                    /** @enum {string} */
                    remit?: "police" | "other_body" | "stability";
                    responsibleBody?: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                        /** @enum {string} */
                        status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                        /** @enum {string} */
                        source: "110" | "patrol" | "resident" | "grid_worker";
                        summary: string;
                        registeredAt: string;
                        resolvedAt: string | null;
                        gridCode: string | null;
                        gridName: string | null;
                        buildingCode: string | null;
                        placeName: string | null;
                        communityCode: string | null;
                        streetCode: string | null;
                        beatCode: string | null;
                        lngLat: [
                            number,
                            number
                        ];
                        remit: ("police" | "other_body" | "stability") | null;
                        responsibleBody: string | null;
                        dueAt: string | null;
                        overdue: boolean;
                        riskScore: number;
                        /** @enum {string} */
                        riskLevel: "high" | "medium" | "low";
                        parties: {
                            /** @enum {string} */
                            role: "applicant" | "respondent" | "other";
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        }[];
                        masked: boolean;
                        description: string;
                        addressCode: string | null;
                        threats: boolean;
                        violence: boolean;
                        linkedIncidents: number[];
                        registeredBy: string | null;
                        registeredByName: string | null;
                        updatedAt: string;
                        riskReasons: {
                            /** @enum {string} */
                            rule: "repeat_address" | "repeat_parties" | "linked_incidents" | "threats" | "violence" | "escalation" | "type";
                            points: number;
                            disputes?: string[];
                            incidents?: number;
                            word?: string;
                            text: string;
                        }[];
                        events: {
                            fromStatus: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed") | null;
                            /** @enum {string} */
                            toStatus: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                            at: string;
                            byUsername: string;
                            byName: string;
                            reason: string | null;
                            /** @enum {string} */
                            source?: "110" | "patrol" | "resident" | "grid_worker";
                        }[];
                        nextStatuses: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed")[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiDisputesByCodeUnmask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                        /** @enum {string} */
                        status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                        /** @enum {string} */
                        source: "110" | "patrol" | "resident" | "grid_worker";
                        summary: string;
                        registeredAt: string;
                        resolvedAt: string | null;
                        gridCode: string | null;
                        gridName: string | null;
                        buildingCode: string | null;
                        placeName: string | null;
                        communityCode: string | null;
                        streetCode: string | null;
                        beatCode: string | null;
                        lngLat: [
                            number,
                            number
                        ];
                        remit: ("police" | "other_body" | "stability") | null;
                        responsibleBody: string | null;
                        dueAt: string | null;
                        overdue: boolean;
                        riskScore: number;
                        /** @enum {string} */
                        riskLevel: "high" | "medium" | "low";
                        parties: {
                            /** @enum {string} */
                            role: "applicant" | "respondent" | "other";
                            name: string;
                            idNumber?: string;
                            phone?: string;
                        }[];
                        masked: boolean;
                        description: string;
                        addressCode: string | null;
                        threats: boolean;
                        violence: boolean;
                        linkedIncidents: number[];
                        registeredBy: string | null;
                        registeredByName: string | null;
                        updatedAt: string;
                        riskReasons: {
                            /** @enum {string} */
                            rule: "repeat_address" | "repeat_parties" | "linked_incidents" | "threats" | "violence" | "escalation" | "type";
                            points: number;
                            disputes?: string[];
                            incidents?: number;
                            word?: string;
                            text: string;
                        }[];
                        events: {
                            fromStatus: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed") | null;
                            /** @enum {string} */
                            toStatus: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                            at: string;
                            byUsername: string;
                            byName: string;
                            reason: string | null;
                            /** @enum {string} */
                            source?: "110" | "patrol" | "resident" | "grid_worker";
                        }[];
                        nextStatuses: ("registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed")[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiWorkforcePeople: {
        parameters: {
            query: {
                grid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gridCode: string;
                        gridName: string;
                        roots: components["schemas"]["__schema0"][];
                        officers: components["schemas"]["__schema0"][];
                        counts: {
                            grid_leader: number;
                            compound_leader: number;
                            building_leader: number;
                            grid_worker: number;
                            community_officer: number;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiWorkforceActivities: {
        parameters: {
            query?: {
                grid?: string;
                kind?: "population_check" | "legal_session" | "dispute_helped" | "opinion_collected" | "patrol" | "joint_meeting" | "resident_talk";
                from?: string;
                to?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        countsByKind: {
                            [key: string]: number;
                        };
                        rows: {
                            id: number;
                            /** @enum {string} */
                            kind: "population_check" | "legal_session" | "dispute_helped" | "opinion_collected" | "patrol" | "joint_meeting" | "resident_talk";
                            gridCode: string | null;
                            personId: string | null;
                            personName: string | null;
                            occurredAt: string;
                            place: string | null;
                            notes: string | null;
                            createdBy: string | null;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiWorkforceActivities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "population_check" | "legal_session" | "dispute_helped" | "opinion_collected" | "patrol";
                    gridCode: string;
                    personId?: string;
                    /** Format: date-time */
                    occurredAt: string;
                    place: string;
                    /** @default  */
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @enum {string} */
                        kind: "population_check" | "legal_session" | "dispute_helped" | "opinion_collected" | "patrol" | "joint_meeting" | "resident_talk";
                        gridCode: string | null;
                        personId: string | null;
                        personName: string | null;
                        occurredAt: string;
                        place: string | null;
                        notes: string | null;
                        createdBy: string | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiWorkforceMeetings: {
        parameters: {
            query?: {
                grid?: string;
                kind?: "joint_monthly" | "quarterly_talk";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "joint_monthly" | "quarterly_talk";
                        gridCode: string | null;
                        communityCode: string | null;
                        heldOn: string;
                        topic: string;
                        minutes: string;
                        attendance: {
                            id: string;
                            name: string | null;
                        }[];
                        createdBy: string;
                    }[];
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiWorkforceMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "joint_monthly" | "quarterly_talk";
                    gridCode: string;
                    /** Format: date */
                    heldOn: string;
                    topic: string;
                    minutes: string;
                    attendance: string[];
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "joint_monthly" | "quarterly_talk";
                        gridCode: string | null;
                        communityCode: string | null;
                        heldOn: string;
                        topic: string;
                        minutes: string;
                        attendance: {
                            id: string;
                            name: string | null;
                        }[];
                        createdBy: string;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiWorkforceAssessments: {
        parameters: {
            query?: {
                round?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: string | null;
                        rounds: string[];
                        gradeCounts: {
                            good: number;
                            fair: number;
                            average: number;
                            poor: number;
                        };
                        rows: {
                            gridCode: string;
                            gridName: string | null;
                            leaderId: string;
                            leaderName: string | null;
                            round: string;
                            /** @enum {string} */
                            grade: "good" | "fair" | "average" | "poor";
                            scores: {
                                work: number;
                                disputes: number;
                                data: number;
                                residents: number;
                            } | null;
                            total: number | null;
                            comments: string | null;
                            assessedBy: string | null;
                            assessedAt: string | null;
                            rank: number;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiWorkforceAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gridCode: string;
                    round: string;
                    /** @enum {string} */
                    grade: "good" | "fair" | "average" | "poor";
                    scores: {
                        work: number;
                        disputes: number;
                        data: number;
                        residents: number;
                    };
                    /** @default  */
                    comments?: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gridCode: string;
                        gridName: string | null;
                        leaderId: string;
                        leaderName: string | null;
                        round: string;
                        /** @enum {string} */
                        grade: "good" | "fair" | "average" | "poor";
                        scores: {
                            work: number;
                            disputes: number;
                            data: number;
                            residents: number;
                        } | null;
                        total: number | null;
                        comments: string | null;
                        assessedBy: string | null;
                        assessedAt: string | null;
                    };
                };
            };
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gridCode: string;
                        gridName: string | null;
                        leaderId: string;
                        leaderName: string | null;
                        round: string;
                        /** @enum {string} */
                        grade: "good" | "fair" | "average" | "poor";
                        scores: {
                            work: number;
                            disputes: number;
                            data: number;
                            residents: number;
                        } | null;
                        total: number | null;
                        comments: string | null;
                        assessedBy: string | null;
                        assessedAt: string | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiGridsByCodePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        grid: {
                            code: string;
                            name: string;
                            communityCode: string;
                            streetCode: string;
                            beatCode: string | null;
                            beatName: string | null;
                            households: number;
                            residents: number;
                            householdBand: {
                                min: number;
                                max: number;
                            } | null;
                        };
                        people: {
                            gridCode: string;
                            gridName: string;
                            roots: components["schemas"]["__schema0"][];
                            officers: components["schemas"]["__schema0"][];
                            counts: {
                                grid_leader: number;
                                compound_leader: number;
                                building_leader: number;
                                grid_worker: number;
                                community_officer: number;
                            };
                        };
                        work: {
                            last12Months: {
                                [key: string]: number;
                            };
                            recent: {
                                id: number;
                                /** @enum {string} */
                                kind: "population_check" | "legal_session" | "dispute_helped" | "opinion_collected" | "patrol" | "joint_meeting" | "resident_talk";
                                gridCode: string | null;
                                personId: string | null;
                                personName: string | null;
                                occurredAt: string;
                                place: string | null;
                                notes: string | null;
                                createdBy: string | null;
                            }[];
                        };
                        meetings: {
                            id: string;
                            /** @enum {string} */
                            kind: "joint_monthly" | "quarterly_talk";
                            gridCode: string | null;
                            communityCode: string | null;
                            heldOn: string;
                            topic: string;
                            minutes: string;
                            attendance: {
                                id: string;
                                name: string | null;
                            }[];
                            createdBy: string;
                        }[];
                        grades: {
                            round: string;
                            /** @enum {string} */
                            grade: "good" | "fair" | "average" | "poor";
                            total: number | null;
                            rank: number;
                            leaderId: string;
                        }[];
                        freshness: {
                            buildings: {
                                total: number;
                                verified: number;
                                share: number | null;
                            };
                            residents: {
                                total: number;
                                verified: number;
                                share: number | null;
                            };
                        };
                        disputes: {
                            open: number;
                            highRisk: number;
                            overdue: number;
                            rows: {
                                code: string;
                                /** @enum {string} */
                                type: "family" | "neighbour" | "property" | "labour" | "debt" | "contract" | "other";
                                /** @enum {string} */
                                status: "registered" | "assessed" | "mediating" | "referred" | "escalated" | "resolved" | "visited" | "closed";
                                /** @enum {string} */
                                source: "110" | "patrol" | "resident" | "grid_worker";
                                summary: string;
                                registeredAt: string;
                                resolvedAt: string | null;
                                gridCode: string | null;
                                gridName: string | null;
                                buildingCode: string | null;
                                placeName: string | null;
                                communityCode: string | null;
                                streetCode: string | null;
                                beatCode: string | null;
                                lngLat: [
                                    number,
                                    number
                                ];
                                remit: ("police" | "other_body" | "stability") | null;
                                responsibleBody: string | null;
                                dueAt: string | null;
                                overdue: boolean;
                                riskScore: number;
                                /** @enum {string} */
                                riskLevel: "high" | "medium" | "low";
                                parties: {
                                    /** @enum {string} */
                                    role: "applicant" | "respondent" | "other";
                                    name: string;
                                    idNumber?: string;
                                    phone?: string;
                                }[];
                                masked: boolean;
                            }[];
                        };
                        incidents: {
                            days: number;
                            total: number;
                            byCategory: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                count: number;
                            }[];
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiStreets: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @constant */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            properties: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                kind: "street" | "town" | "township";
                                urban: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiCommunities: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @constant */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            properties: {
                                code: string;
                                name: string;
                                shortName: string;
                                streetCode: string;
                                kind: string;
                                urban: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiGrids: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @constant */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            properties: {
                                code: string;
                                name: string;
                                communityCode: string;
                                streetCode: string;
                                households?: number;
                                residents?: number;
                                partyMembers?: number;
                                institutionStaff?: number;
                                beatCode?: string | null;
                                beatName?: string | null;
                                inScope: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiBeats: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @constant */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            properties: {
                                code: string;
                                name: string;
                                stationCode: string;
                                gridCount: number;
                                inScope: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiStations: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Point";
                                coordinates: number[];
                            };
                            properties: {
                                code: string;
                                name: string;
                                streetCode: string;
                                inScope: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiKeyPlaces: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Point";
                                coordinates: number[];
                            };
                            properties: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                kind: "government" | "school" | "mall" | "hospital" | "construction" | "nightlife" | "transport";
                                gridCode: string | null;
                                peakWindows: {
                                    weekdays: number[];
                                    from: string;
                                    to: string;
                                }[];
                                inScope: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiBasemapRoads: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "LineString";
                                coordinates: number[][];
                            } | {
                                /** @constant */
                                type: "MultiLineString";
                                coordinates: number[][][];
                            };
                            properties: {
                                code: string;
                                class: string;
                                name: string | null;
                                isDemo: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiBasemapWater: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "LineString";
                                coordinates: number[][];
                            } | {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @constant */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            properties: {
                                code: string;
                                kind: string;
                                name: string | null;
                                isDemo: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiBasemapCompounds: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @constant */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            properties: {
                                code: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiBasemapBuildings: {
        parameters: {
            query?: {
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON FeatureCollection（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            } | {
                                /** @constant */
                                type: "MultiPolygon";
                                coordinates: number[][][][];
                            };
                            properties: {
                                code: string;
                                name: string;
                                floors: number;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDistrict: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. GeoJSON Feature（EPSG:4326） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @constant */
                        type: "Feature";
                        id?: string | number;
                        geometry: {
                            /** @constant */
                            type: "Polygon";
                            coordinates: number[][][];
                        } | {
                            /** @constant */
                            type: "MultiPolygon";
                            coordinates: number[][][][];
                        };
                        properties: {
                            code: string;
                            name: string;
                        };
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiIncidents: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categories?: string;
                hours?: string;
                weekdays?: string;
                bbox?: string;
                format?: "json" | "binary";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. format=binary：见 core/contracts/incidents.ts 的二进制布局 / the binary layout of core/contracts/incidents.ts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                        positions: number[];
                        times: number[];
                        categories: number[];
                        categoryCodes: string[];
                    };
                    "application/octet-stream": unknown;
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    externalId?: string;
                    categoryCode: string;
                    /** @enum {string} */
                    source: "110" | "patrol" | "walk_in" | "grid_report";
                    lng: number;
                    lat: number;
                    /** Format: date-time */
                    occurredAt?: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrittenIncident"];
                };
            };
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrittenIncident"];
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiIncidentCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        nameZh: string;
                        nameEn: string;
                        group: string;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiIncidentsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    externalId?: string;
                    categoryCode: string;
                    /** @enum {string} */
                    source: "110" | "patrol" | "walk_in" | "grid_report";
                    lng: number;
                    lat: number;
                    /** Format: date-time */
                    occurredAt?: string;
                }[];
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        replayed: number;
                        incidents: components["schemas"]["WrittenIncident"][];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        message: string;
                        items: {
                            item: number;
                            field: string;
                            reason: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 请求体过大 / payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不支持的内容类型 / unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: string;
                        message: string;
                        items: {
                            item: number;
                            field: string;
                            reason: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiLive: {
        parameters: {
            query?: {
                since?: number;
                lang?: "zh-CN" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 每条事件的 data 为 LiveEvent 的 JSON；先有 hello 事件，断线后按 Last-Event-ID 补发；登录失效时发 ended 事件（data 为 ApiError）后关闭；辖区小于全区的账号只收到已发布的网格方案和本辖区网格内的警情 / each event’s data is a LiveEvent as JSON, after a hello event; replays after Last-Event-ID; an ended event (data: ApiError) then the end of the stream once the session has ended; a jurisdiction narrower than the district receives the published plans and the incidents in its own grids only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": {
                        id: number;
                        at: string;
                        /** @constant */
                        kind: "incident";
                        payload: {
                            id: number;
                            occurredAt: string;
                            categoryCode: string;
                            lng: number;
                            lat: number;
                            gridCode: string;
                            beatCode: string | null;
                            recordedAt: string;
                            externalId: string | null;
                        };
                    } | {
                        id: number;
                        at: string;
                        /** @constant */
                        kind: "plan";
                        payload: {
                            planId: string;
                            areaCode: string;
                            areaName: string;
                            grids: number;
                            publishedBy: string;
                        };
                    } | {
                        id: number;
                        at: string;
                        /** @constant */
                        kind: "field_presence";
                        payload: {
                            /** @enum {string} */
                            force: "police" | "grid";
                            /** @enum {string} */
                            source: "pings" | "check_in";
                            gridCodes: string[];
                            count: number;
                            latestAt: string;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiWallSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generatedAt: string;
                        incidents: {
                            today: number;
                            sameDayLastWeek: number;
                            last7d: number;
                            previous7d: number;
                            byCategory: {
                                code: string;
                                last7d: number;
                                previous7d: number;
                            }[];
                        };
                        disputes: {
                            open: number;
                            overdue: number;
                            escalatedThisWeek: number;
                        };
                        work: {
                            kind: string;
                            thisMonth: number;
                            thisYear: number;
                        }[];
                        verification: {
                            districtCoverage: number;
                            worstGrids: {
                                code: string;
                                name: string;
                                coverage: number;
                            }[];
                        };
                        grades: {
                            round: string | null;
                            counts: {
                                [key: string]: number;
                            };
                        };
                        hourWeekday: number[][];
                        recent: {
                            id: number;
                            occurredAt: string;
                            categoryCode: string;
                            gridCode: string | null;
                            lng: number;
                            lat: number;
                            recordedAt: string;
                            externalId: string | null;
                        }[];
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiWallGridMeasures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        households: number;
                        residents: number;
                        incidents30d: number;
                        incidentsPer1000: number;
                        grade: string | null;
                        coverage: number;
                        openDisputes: number;
                        maxDisputeRisk: number;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiStatsSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jurisdiction: {
                            /** @enum {string} */
                            level: "district" | "street" | "station" | "beat" | "community" | "grid" | "grids";
                            names: string[];
                            bbox: [
                                number,
                                number,
                                number,
                                number
                            ] | null;
                        };
                        demo: boolean;
                        anchor: string | null;
                        residents: number;
                        households: number;
                        partyMembers: number;
                        compounds: number;
                        buildings: number;
                        grids: number;
                        gridLeaders: number;
                        policeGridLeaders: number;
                        beats: number;
                        stations: number;
                        keyPlaces: number;
                        incidentsLast7d: number;
                        incidentsLast30d: number;
                        incidentsLast365d: number;
                        disputesOpen: number;
                        activities: {
                            [key: string]: number;
                        };
                        grades: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPlannerAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jurisdiction: string[] | null;
                        streets: {
                            code: string;
                            name: string;
                            plannable: boolean;
                            communities: {
                                code: string;
                                name: string;
                                households: number;
                                buildings: number;
                                grids: number;
                                gridHouseholds: number[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPlannerUnits: {
        parameters: {
            query?: {
                street?: string;
                community?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        area: {
                            /** @enum {string} */
                            kind: "street" | "community";
                            code: string;
                            name: string;
                        };
                        publishedPlanId: string;
                        communities: {
                            /** @constant */
                            type: "FeatureCollection";
                            features: {
                                /** @constant */
                                type: "Feature";
                                id?: string | number;
                                geometry: {
                                    /** @constant */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                properties: {
                                    code: string;
                                    name: string;
                                };
                            }[];
                        };
                        units: {
                            /** @constant */
                            type: "FeatureCollection";
                            features: {
                                /** @constant */
                                type: "Feature";
                                id?: string | number;
                                geometry: {
                                    /** @constant */
                                    type: "Polygon";
                                    coordinates: number[][][];
                                } | {
                                    /** @constant */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                properties: {
                                    code: string;
                                    name: string;
                                    label: string;
                                    compoundCode: string;
                                    compoundName: string;
                                    communityCode: string;
                                    gridCode: string;
                                    beatCode: string | null;
                                    households: number;
                                    residents: number;
                                    partyMembers: number;
                                    institutionStaff: number;
                                    incidents12m: number;
                                    position: [
                                        number,
                                        number
                                    ];
                                    footprint: {
                                        /** @constant */
                                        type: "Polygon";
                                        coordinates: number[][][];
                                    };
                                };
                            }[];
                        };
                        grids: {
                            /** @constant */
                            type: "FeatureCollection";
                            features: {
                                /** @constant */
                                type: "Feature";
                                id?: string | number;
                                geometry: {
                                    /** @constant */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                properties: {
                                    code: string;
                                    name: string;
                                    communityCode: string;
                                    households: number;
                                    residents: number;
                                };
                            }[];
                        };
                        beats: {
                            /** @constant */
                            type: "FeatureCollection";
                            features: {
                                /** @constant */
                                type: "Feature";
                                id?: string | number;
                                geometry: {
                                    /** @constant */
                                    type: "MultiPolygon";
                                    coordinates: number[][][][];
                                };
                                properties: {
                                    code: string;
                                    name: string;
                                    officerId: string | null;
                                };
                            }[];
                        };
                        adjacency: [
                            string,
                            string,
                            number
                        ][];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPlannerDrafts: {
        parameters: {
            query: {
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        status: "draft" | "published" | "archived";
                        areaKind: ("street" | "community") | null;
                        areaCode: string | null;
                        createdBy: string | null;
                        createdByName: string | null;
                        updatedAt: string;
                        publishedAt: string | null;
                        publishedBy: string | null;
                    }[];
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiPlannerDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    areaKind: "street" | "community";
                    areaCode: string;
                    band: [
                        number,
                        number
                    ];
                    assignment: {
                        [key: string]: string;
                    };
                    /** @default [] */
                    locked?: string[];
                    /** @default {} */
                    docking?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        status: "draft" | "published" | "archived";
                        areaKind: ("street" | "community") | null;
                        areaCode: string | null;
                        createdBy: string | null;
                        createdByName: string | null;
                        updatedAt: string;
                        publishedAt: string | null;
                        publishedBy: string | null;
                        band: [
                            number,
                            number
                        ];
                        assignment: {
                            [key: string]: string;
                        };
                        locked: string[];
                        docking: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPlannerDraftsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        status: "draft" | "published" | "archived";
                        areaKind: ("street" | "community") | null;
                        areaCode: string | null;
                        createdBy: string | null;
                        createdByName: string | null;
                        updatedAt: string;
                        publishedAt: string | null;
                        publishedBy: string | null;
                        band: [
                            number,
                            number
                        ];
                        assignment: {
                            [key: string]: string;
                        };
                        locked: string[];
                        docking: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    putApiPlannerDraftsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    areaKind: "street" | "community";
                    areaCode: string;
                    band: [
                        number,
                        number
                    ];
                    assignment: {
                        [key: string]: string;
                    };
                    /** @default [] */
                    locked?: string[];
                    /** @default {} */
                    docking?: {
                        [key: string]: string;
                    };
                    /** Format: date-time */
                    baseUpdatedAt?: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @enum {string} */
                        status: "draft" | "published" | "archived";
                        areaKind: ("street" | "community") | null;
                        areaCode: string | null;
                        createdBy: string | null;
                        createdByName: string | null;
                        updatedAt: string;
                        publishedAt: string | null;
                        publishedBy: string | null;
                        band: [
                            number,
                            number
                        ];
                        assignment: {
                            [key: string]: string;
                        };
                        locked: string[];
                        docking: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteApiPlannerDraftsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 无内容 / no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiPlannerPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    areaKind: "street" | "community";
                    areaCode: string;
                    band: [
                        number,
                        number
                    ];
                    assignment: {
                        [key: string]: string;
                    };
                    /** @default [] */
                    locked?: string[];
                    /** @default {} */
                    docking?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: {
                            buildings: number;
                            households: number;
                            residents: number;
                        };
                        total: {
                            buildings: number;
                            households: number;
                            residents: number;
                        };
                        codes: {
                            [key: string]: string;
                        };
                        added: {
                            code: string;
                            name: string;
                        }[];
                        removed: {
                            code: string;
                            name: string;
                        }[];
                        kept: {
                            code: string;
                            name: string;
                        }[];
                        redrawn: {
                            code: string;
                            name: string;
                        }[];
                        unchangedOutlines: number;
                        handovers: {
                            from: {
                                code: string;
                                name: string;
                            };
                            to: {
                                code: string;
                                name: string;
                            } | null;
                            retired: boolean;
                            households: number;
                            sharedHouseholds: number;
                            people: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "grid_leader" | "compound_leader" | "building_leader" | "grid_worker" | "community_officer";
                            }[];
                            accounts: {
                                username: string;
                                displayName: string;
                            }[];
                            meetings: number;
                            workRecords: number;
                            tasks: number;
                            assessmentsKept: number;
                        }[];
                        staffWithBuildings: number;
                        leaderless: {
                            code: string;
                            name: string;
                        }[];
                        sharedLeadership: {
                            grid: {
                                code: string;
                                name: string;
                            };
                            leaders: string[];
                        }[];
                        undecided: {
                            from: {
                                code: string;
                                name: string;
                            };
                            to: {
                                code: string;
                                name: string;
                            } | null;
                            retired: boolean;
                            households: number;
                            sharedHouseholds: number;
                            people: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "grid_leader" | "compound_leader" | "building_leader" | "grid_worker" | "community_officer";
                            }[];
                            accounts: {
                                username: string;
                                displayName: string;
                            }[];
                            meetings: number;
                            workRecords: number;
                            tasks: number;
                            assessmentsKept: number;
                        }[];
                        docking: {
                            grid: {
                                code: string;
                                name: string;
                            };
                            from: string | null;
                            to: string | null;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiPlannerDraftsByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: string;
                        codes: {
                            [key: string]: string;
                        };
                        grids: number;
                        warnings: string[];
                        changes: {
                            changed: {
                                buildings: number;
                                households: number;
                                residents: number;
                            };
                            total: {
                                buildings: number;
                                households: number;
                                residents: number;
                            };
                            codes: {
                                [key: string]: string;
                            };
                            added: {
                                code: string;
                                name: string;
                            }[];
                            removed: {
                                code: string;
                                name: string;
                            }[];
                            kept: {
                                code: string;
                                name: string;
                            }[];
                            redrawn: {
                                code: string;
                                name: string;
                            }[];
                            unchangedOutlines: number;
                            handovers: {
                                from: {
                                    code: string;
                                    name: string;
                                };
                                to: {
                                    code: string;
                                    name: string;
                                } | null;
                                retired: boolean;
                                households: number;
                                sharedHouseholds: number;
                                people: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "grid_leader" | "compound_leader" | "building_leader" | "grid_worker" | "community_officer";
                                }[];
                                accounts: {
                                    username: string;
                                    displayName: string;
                                }[];
                                meetings: number;
                                workRecords: number;
                                tasks: number;
                                assessmentsKept: number;
                            }[];
                            staffWithBuildings: number;
                            leaderless: {
                                code: string;
                                name: string;
                            }[];
                            sharedLeadership: {
                                grid: {
                                    code: string;
                                    name: string;
                                };
                                leaders: string[];
                            }[];
                            undecided: {
                                from: {
                                    code: string;
                                    name: string;
                                };
                                to: {
                                    code: string;
                                    name: string;
                                } | null;
                                retired: boolean;
                                households: number;
                                sharedHouseholds: number;
                                people: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "grid_leader" | "compound_leader" | "building_leader" | "grid_worker" | "community_officer";
                                }[];
                                accounts: {
                                    username: string;
                                    displayName: string;
                                }[];
                                meetings: number;
                                workRecords: number;
                                tasks: number;
                                assessmentsKept: number;
                            }[];
                            docking: {
                                grid: {
                                    code: string;
                                    name: string;
                                };
                                from: string | null;
                                to: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiPlannerPlanFile: {
        parameters: {
            query?: {
                encoding?: "utf-8" | "gbk";
                table?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/zip": string;
                "application/geopackage+sqlite3": string;
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: ({
                            /** @constant */
                            type: "Feature";
                            geometry: unknown;
                            properties: {
                                [key: string]: unknown;
                            } | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        file: {
                            /** @enum {string} */
                            type: "shp" | "gpkg" | "geojson";
                            layer: string;
                            crs: string;
                            encoding?: string;
                            /** @enum {string} */
                            detectedEncoding?: "utf-8" | "gbk" | "unknown";
                            warnings: string[];
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 请求体过大 / payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不支持的内容类型 / unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAnalysisProfile: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categories?: string;
                hours?: string;
                weekdays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        until: string;
                        previousFrom: string;
                        previousTo: string;
                        partial: boolean;
                        recordsFrom: string | null;
                        previousOnRecord: boolean;
                        total: number;
                        previousTotal: number;
                        changePct: number | null;
                        matrix: number[][];
                        series: {
                            /** @enum {string} */
                            bucket: "day" | "week";
                            buckets: string[];
                            clipped: {
                                first: boolean;
                                last: boolean;
                            };
                            categories: {
                                code: string;
                                counts: number[];
                            }[];
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAnalysisRates: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categories?: string;
                hours?: string;
                weekdays?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        until: string;
                        previousFrom: string;
                        previousTo: string;
                        partial: boolean;
                        recordsFrom: string | null;
                        previousOnRecord: boolean;
                        grids: {
                            code: string;
                            name: string;
                            residents: number;
                            count: number;
                            per1000: number;
                            previous: number;
                            changePct: number | null;
                        }[];
                        beats: {
                            code: string;
                            name: string;
                            residents: number;
                            count: number;
                            per1000: number;
                            previous: number;
                            changePct: number | null;
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAnalysisHotspots: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categories?: string;
                hours?: string;
                weekdays?: string;
                cell?: number;
                coverage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            };
                            properties: {
                                row: number;
                                col: number;
                                count: number;
                                z: number;
                                p: number;
                                /** @enum {string} */
                                class: "hot-99" | "hot-95" | "hot-90" | "cold-99" | "cold-95" | "cold-90" | "none";
                                place?: string | null;
                            };
                        }[];
                        meta: {
                            cellSizeM: number;
                            cells: number;
                            incidents: number;
                            outside: number;
                            epsg: number;
                            from: string;
                            to: string;
                            /** @constant */
                            fdr: true;
                            tooFew?: {
                                incidents: number;
                                minimum: number;
                            };
                            scoped?: boolean;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAnalysisEmerging: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categories?: string;
                hours?: string;
                weekdays?: string;
                cell?: number;
                coverage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            };
                            properties: {
                                row: number;
                                col: number;
                                /** @enum {string} */
                                pattern: "new-hot" | "new-cold" | "consecutive-hot" | "consecutive-cold" | "intensifying-hot" | "intensifying-cold" | "persistent-hot" | "persistent-cold" | "diminishing-hot" | "diminishing-cold" | "sporadic-hot" | "sporadic-cold" | "oscillating-hot" | "oscillating-cold" | "historical-hot" | "historical-cold" | "none";
                                trendZ: number;
                                trendP: number;
                                hotSlices: number;
                            };
                        }[];
                        meta: {
                            cellSizeM: number;
                            slices: number;
                            sliceDays: number;
                            from: string;
                            to: string;
                            tooFew?: {
                                incidents: number;
                                minimum: number;
                            };
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAnalysisForecast: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categories?: string;
                hours?: string;
                weekdays?: string;
                cell?: number;
                coverage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        type: "FeatureCollection";
                        features: {
                            /** @constant */
                            type: "Feature";
                            id?: string | number;
                            geometry: {
                                /** @constant */
                                type: "Polygon";
                                coordinates: number[][][];
                            };
                            properties: {
                                row: number;
                                col: number;
                                rank: number;
                                score: number;
                                share: number;
                                place?: string | null;
                            };
                        }[];
                        meta: {
                            method: string;
                            baseline: string;
                            selection: {
                                chosen: {
                                    /** @enum {string} */
                                    method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                    settings: {
                                        [key: string]: number | null;
                                    };
                                    pai: number | null;
                                    pei: number | null;
                                };
                                priorCounts: {
                                    /** @enum {string} */
                                    method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                    settings: {
                                        [key: string]: number | null;
                                    };
                                    pai: number | null;
                                    pei: number | null;
                                };
                                kde: {
                                    /** @enum {string} */
                                    method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                    settings: {
                                        [key: string]: number | null;
                                    };
                                    pai: number | null;
                                    pei: number | null;
                                };
                                plainKde: {
                                    /** @enum {string} */
                                    method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                    settings: {
                                        [key: string]: number | null;
                                    };
                                    pai: number | null;
                                    pei: number | null;
                                };
                                folds: number;
                                coverage: number;
                            };
                            cellSizeM: number;
                            coverage: number;
                            forecastFrom: string;
                            forecastTo: string;
                            backtest: {
                                trainFrom: string;
                                trainTo: string;
                                testTo: string;
                                method: {
                                    pai: number | null;
                                    pei: number | null;
                                };
                                baseline: {
                                    pai: number | null;
                                    pei: number | null;
                                };
                                testIncidents: number;
                            };
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAnalysisRepeats: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                categories?: string;
                hours?: string;
                weekdays?: string;
                distance?: number;
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        locations: {
                            /** @constant */
                            type: "FeatureCollection";
                            features: {
                                /** @constant */
                                type: "Feature";
                                id?: string | number;
                                geometry: {
                                    /** @constant */
                                    type: "Point";
                                    coordinates: number[];
                                };
                                properties: {
                                    count: number;
                                    categories: string[];
                                    first: string;
                                    last: string;
                                    place?: string | null;
                                };
                            }[];
                        };
                        pairs: {
                            /** @constant */
                            type: "FeatureCollection";
                            features: {
                                /** @constant */
                                type: "Feature";
                                id?: string | number;
                                geometry: {
                                    /** @constant */
                                    type: "LineString";
                                    coordinates: number[][];
                                };
                                properties: {
                                    category: string;
                                    distanceM: number;
                                    days: number;
                                    firstAt: string;
                                    secondAt: string;
                                    place?: string | null;
                                };
                            }[];
                        };
                        meta: {
                            distanceM: number;
                            days: number;
                            pairsFound: number;
                            truncated: boolean;
                            duplicates: number;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPatrolCandidates: {
        parameters: {
            query: {
                station?: string;
                at?: string;
                start: string;
                end: string;
                weekdays?: string;
                mode?: "foot" | "car";
                radiusM?: number;
                weeks?: number;
                hotspots?: "gi" | "forecast";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        start: {
                            stationCode: string | null;
                            name: string | null;
                            lngLat: [
                                number,
                                number
                            ];
                        };
                        window: {
                            start: string;
                            end: string;
                        };
                        weekdays: number[];
                        weeks: number;
                        radiusM: number;
                        cellSizeM: number;
                        candidates: {
                            id: string;
                            /** @enum {string} */
                            kind: "hotspot" | "key_place";
                            name: string | null;
                            lngLat: [
                                number,
                                number
                            ];
                            risk: number;
                            mandatory: boolean;
                            incidents?: number;
                            z?: number;
                            /** @enum {string} */
                            hotspotClass?: "hot-99" | "hot-95" | "hot-90" | "cold-99" | "cold-95" | "cold-90" | "none";
                            polygon?: [
                                number,
                                number
                            ][];
                            keyPlaceKind?: string;
                            peakOverlapMin?: number;
                            window?: {
                                openMin: number;
                                closeMin: number;
                            };
                        }[];
                        /** @enum {string} */
                        hotspots?: "gi" | "forecast";
                        forecast?: {
                            chosen: {
                                /** @enum {string} */
                                method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                settings: {
                                    [key: string]: number | null;
                                };
                                pai: number | null;
                                pei: number | null;
                            };
                            priorCounts: {
                                /** @enum {string} */
                                method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                settings: {
                                    [key: string]: number | null;
                                };
                                pai: number | null;
                                pei: number | null;
                            };
                            kde: {
                                /** @enum {string} */
                                method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                settings: {
                                    [key: string]: number | null;
                                };
                                pai: number | null;
                                pei: number | null;
                            };
                            plainKde: {
                                /** @enum {string} */
                                method: "prior-counts" | "kde" | "recency-blend" | "etas" | "stack";
                                settings: {
                                    [key: string]: number | null;
                                };
                                pai: number | null;
                                pei: number | null;
                            };
                            folds: number;
                            coverage: number;
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiPatrolPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    stationCode?: string;
                    start?: [
                        number,
                        number
                    ];
                    window: {
                        start: string;
                        end: string;
                    };
                    weekdays?: number[];
                    /** @enum {string} */
                    mode: "foot" | "car";
                    budgetMin: number;
                    dwellMin: number;
                    mandatory?: string[];
                    /** @default 50 */
                    maxCandidates?: number;
                    radiusM?: number;
                    weeks?: number;
                    /** @enum {string} */
                    hotspots?: "gi" | "forecast";
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        geometry: {
                            /** @constant */
                            type: "LineString";
                            coordinates: number[][];
                        };
                        distanceKm: number;
                        minutes: number;
                        coveredRisk: number;
                        method: string;
                        dropped: {
                            id: string;
                            /** @enum {string} */
                            code?: "off_road" | "unreachable" | "no_return";
                            distanceM?: number;
                            limitM?: number;
                            reason: string;
                        }[];
                        start: {
                            stationCode: string | null;
                            name: string | null;
                            lngLat: [
                                number,
                                number
                            ];
                        };
                        window: {
                            start: string;
                            end: string;
                        };
                        weekdays: number[];
                        /** @enum {string} */
                        mode: "foot" | "car";
                        budgetMin: number;
                        dwellMin: number;
                        stops: {
                            id: string;
                            risk: number;
                            mandatory: boolean;
                            arrivalMin: number;
                            departureMin: number;
                            waitMin: number;
                            arrival: string;
                            departure: string;
                            /** @enum {string} */
                            kind: "hotspot" | "key_place";
                            name: string | null;
                            lngLat: [
                                number,
                                number
                            ];
                        }[];
                        candidates: {
                            id: string;
                            /** @enum {string} */
                            kind: "hotspot" | "key_place";
                            name: string | null;
                            lngLat: [
                                number,
                                number
                            ];
                            risk: number;
                            mandatory: boolean;
                            incidents?: number;
                            z?: number;
                            /** @enum {string} */
                            hotspotClass?: "hot-99" | "hot-95" | "hot-90" | "cold-99" | "cold-95" | "cold-90" | "none";
                            polygon?: [
                                number,
                                number
                            ][];
                            keyPlaceKind?: string;
                            peakOverlapMin?: number;
                            window?: {
                                openMin: number;
                                closeMin: number;
                            };
                        }[];
                        /** @enum {string} */
                        hotspots: "gi" | "forecast";
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPatrolRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        assignedTo: string;
                        assignedName: string;
                        stationCode: string | null;
                        /** @enum {string} */
                        mode: "foot" | "car";
                        window: {
                            start: string;
                            end: string;
                        };
                        weekdays: number[];
                        budgetMin: number;
                        dwellMin: number;
                        plannedEnd: string;
                        firstOnToday: string | null;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        plan?: {
                            stops: {
                                id: string;
                                risk: number;
                                mandatory: boolean;
                                arrival: string | number;
                                departure: string | number;
                                arrivalMin: number;
                                departureMin: number;
                                waitMin: number;
                                /** @enum {string} */
                                kind?: "hotspot" | "key_place";
                                name?: string | null;
                                lngLat?: [
                                    number,
                                    number
                                ];
                            }[];
                            geometry: {
                                /** @constant */
                                type: "LineString";
                                coordinates: [
                                    number,
                                    number
                                ][];
                            };
                            distanceKm: number;
                            minutes: number;
                            coveredRisk: number;
                            method: string;
                            /** @default [] */
                            dropped: {
                                id: string;
                                /** @enum {string} */
                                code?: "off_road" | "unreachable" | "no_return";
                                distanceM?: number;
                                limitM?: number;
                                reason: string;
                            }[];
                            /** @enum {string} */
                            hotspots?: "gi" | "forecast";
                            start?: [
                                number,
                                number
                            ];
                            startName?: string | null;
                            mandatory?: string[];
                        };
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiPatrolRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    assignedTo: string;
                    stationCode?: string;
                    start?: [
                        number,
                        number
                    ];
                    window: {
                        start: string;
                        end: string;
                    };
                    weekdays?: number[];
                    /** @enum {string} */
                    mode: "foot" | "car";
                    budgetMin: number;
                    dwellMin: number;
                    mandatory?: string[];
                    plan: {
                        stops: {
                            id: string;
                            risk: number;
                            mandatory: boolean;
                            arrival: string | number;
                            departure: string | number;
                            arrivalMin: number;
                            departureMin: number;
                            waitMin: number;
                            /** @enum {string} */
                            kind?: "hotspot" | "key_place";
                            name?: string | null;
                            lngLat?: [
                                number,
                                number
                            ];
                        }[];
                        geometry: {
                            /** @constant */
                            type: "LineString";
                            coordinates: [
                                number,
                                number
                            ][];
                        };
                        distanceKm: number;
                        minutes: number;
                        coveredRisk: number;
                        method: string;
                        /** @default [] */
                        dropped?: {
                            id: string;
                            /** @enum {string} */
                            code?: "off_road" | "unreachable" | "no_return";
                            distanceM?: number;
                            limitM?: number;
                            reason: string;
                        }[];
                        /** @enum {string} */
                        hotspots?: "gi" | "forecast";
                    };
                };
            };
        };
        responses: {
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        assignedTo: string;
                        assignedName: string;
                        stationCode: string | null;
                        /** @enum {string} */
                        mode: "foot" | "car";
                        window: {
                            start: string;
                            end: string;
                        };
                        weekdays: number[];
                        budgetMin: number;
                        dwellMin: number;
                        plannedEnd: string;
                        firstOnToday: string | null;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        plan?: {
                            stops: {
                                id: string;
                                risk: number;
                                mandatory: boolean;
                                arrival: string | number;
                                departure: string | number;
                                arrivalMin: number;
                                departureMin: number;
                                waitMin: number;
                                /** @enum {string} */
                                kind?: "hotspot" | "key_place";
                                name?: string | null;
                                lngLat?: [
                                    number,
                                    number
                                ];
                            }[];
                            geometry: {
                                /** @constant */
                                type: "LineString";
                                coordinates: [
                                    number,
                                    number
                                ][];
                            };
                            distanceKm: number;
                            minutes: number;
                            coveredRisk: number;
                            method: string;
                            /** @default [] */
                            dropped: {
                                id: string;
                                /** @enum {string} */
                                code?: "off_road" | "unreachable" | "no_return";
                                distanceM?: number;
                                limitM?: number;
                                reason: string;
                            }[];
                            /** @enum {string} */
                            hotspots?: "gi" | "forecast";
                            start?: [
                                number,
                                number
                            ];
                            startName?: string | null;
                            mandatory?: string[];
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPatrolAssignees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        kind: "beat" | "station" | "officer";
                        name: string;
                        stationCode: string;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiPatrolRoutesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        assignedTo: string;
                        assignedName: string;
                        stationCode: string | null;
                        /** @enum {string} */
                        mode: "foot" | "car";
                        window: {
                            start: string;
                            end: string;
                        };
                        weekdays: number[];
                        budgetMin: number;
                        dwellMin: number;
                        plannedEnd: string;
                        firstOnToday: string | null;
                        createdBy: string;
                        createdByName: string;
                        createdAt: string;
                        plan?: {
                            stops: {
                                id: string;
                                risk: number;
                                mandatory: boolean;
                                arrival: string | number;
                                departure: string | number;
                                arrivalMin: number;
                                departureMin: number;
                                waitMin: number;
                                /** @enum {string} */
                                kind?: "hotspot" | "key_place";
                                name?: string | null;
                                lngLat?: [
                                    number,
                                    number
                                ];
                            }[];
                            geometry: {
                                /** @constant */
                                type: "LineString";
                                coordinates: [
                                    number,
                                    number
                                ][];
                            };
                            distanceKm: number;
                            minutes: number;
                            coveredRisk: number;
                            method: string;
                            /** @default [] */
                            dropped: {
                                id: string;
                                /** @enum {string} */
                                code?: "off_road" | "unreachable" | "no_return";
                                distanceM?: number;
                                limitM?: number;
                                reason: string;
                            }[];
                            /** @enum {string} */
                            hotspots?: "gi" | "forecast";
                            start?: [
                                number,
                                number
                            ];
                            startName?: string | null;
                            mandatory?: string[];
                        };
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deleteApiPatrolRoutesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 无内容 / no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDosage: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                windowStart?: string;
                windowEnd?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        window: {
                            start: string;
                            end: string;
                        } | null;
                        periods: number;
                        settings: {
                            maxGapS: number;
                            exitMarginM: number;
                            maxAccuracyM: number;
                            koperMinMin: number;
                            koperMaxMin: number;
                            targetGapMin: number;
                            checkInMatchMin: number;
                        };
                        places: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "hotspot" | "key_place";
                            lngLat: [
                                number,
                                number
                            ];
                            polygon?: [
                                number,
                                number
                            ][];
                            radiusM?: number;
                            all: {
                                visits: number;
                                checkInVisits: number;
                                dwellMin: number;
                                koperVisits: number;
                                koperShare: number | null;
                                longestGapMin: number | null;
                                gapsOverTarget: number;
                                presenceByDay: {
                                    day: string;
                                    minutes: number;
                                }[];
                                presenceMinPerDay: number;
                            };
                            police: {
                                visits: number;
                                checkInVisits: number;
                                dwellMin: number;
                                koperVisits: number;
                                koperShare: number | null;
                                longestGapMin: number | null;
                                gapsOverTarget: number;
                                presenceByDay: {
                                    day: string;
                                    minutes: number;
                                }[];
                                presenceMinPerDay: number;
                            };
                            grid: {
                                visits: number;
                                checkInVisits: number;
                                dwellMin: number;
                                koperVisits: number;
                                koperShare: number | null;
                                longestGapMin: number | null;
                                gapsOverTarget: number;
                                presenceByDay: {
                                    day: string;
                                    minutes: number;
                                }[];
                                presenceMinPerDay: number;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDosageEffect: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                hours?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        hours: number;
                        caveat: string;
                        hotspots: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "hotspot" | "key_place";
                            lngLat: [
                                number,
                                number
                            ];
                            polygon?: [
                                number,
                                number
                            ][];
                            radiusM?: number;
                            visits: number;
                            comparison: {
                                visitHours: number;
                                visitIncidents: number;
                                visitRate: number | null;
                                otherHours: number;
                                otherIncidents: number;
                                otherRate: number | null;
                                expectedIncidents: number | null;
                                unmatchedVisitHours: number;
                            };
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiDosagePatrols: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                routeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        radiusM: number;
                        graceMin: number;
                        truncated: boolean;
                        patrols: {
                            id: string;
                            username: string;
                            unitName: string;
                            role: string;
                            /** @enum {string} */
                            force: "police" | "grid";
                            routeId: string;
                            routeName: string;
                            startedAt: string;
                            endedAt: string | null;
                            planned: number;
                            reached: number;
                            onTime: number;
                            skipped: number;
                            stops: {
                                index: number;
                                name: string;
                                plannedArrival: string;
                                plannedDeparture: string;
                                windowOpen: string;
                                windowClose: string;
                                /** @enum {string} */
                                status: "on_time" | "early" | "late" | "skipped";
                                reached: boolean;
                                arrivedAt: string | null;
                                onTime: boolean;
                                evidence: ("pings" | "check_in") | null;
                                dwellMin: number | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiWallDosage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        presentWithinMin: number;
                        patrolling: {
                            police: number;
                            grid: number;
                        };
                        atPlaces: {
                            police: number;
                            grid: number;
                        };
                        present: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "hotspot" | "key_place";
                            lngLat: [
                                number,
                                number
                            ];
                            polygon?: [
                                number,
                                number
                            ][];
                            radiusM?: number;
                            police: number;
                            grid: number;
                        }[];
                        uncovered: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "hotspot" | "key_place";
                            lngLat: [
                                number,
                                number
                            ];
                            polygon?: [
                                number,
                                number
                            ][];
                            radiusM?: number;
                            peak: {
                                from: string;
                                to: string;
                            };
                        }[];
                        atPeak: number;
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiSearch: {
        parameters: {
            query: {
                q: string;
                kinds?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        q: string;
                        results: {
                            /** @enum {string} */
                            kind: "street" | "community" | "key_place" | "station" | "grid" | "compound" | "address" | "building" | "person";
                            id: string;
                            name: string;
                            context: string;
                            lngLat: [
                                number,
                                number
                            ];
                            bbox: [
                                number,
                                number,
                                number,
                                number
                            ] | null;
                            /** @enum {string} */
                            match: "exact" | "prefix" | "words" | "context" | "pinyin";
                            buildingCode?: string;
                            gridCode?: string;
                            person?: {
                                id: string;
                                name: string;
                                idNumber: string;
                                phone: string | null;
                                houseNumber: string;
                                buildingCode: string;
                                buildingName: string | null;
                                gridCode: string;
                                gridName: string | null;
                                /** @enum {string} */
                                kind: "registered" | "floating";
                                movedInOn: string | null;
                                masked: boolean;
                            };
                        }[];
                        note?: string;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiFieldPatrols: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    routeId?: string;
                    /** Format: date-time */
                    startedAt: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        /** @enum {string} */
                        force: "police" | "grid";
                        routeId: string | null;
                        routeName: string | null;
                        startedAt: string;
                        endedAt: string | null;
                        replayed?: boolean;
                    };
                };
            };
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        /** @enum {string} */
                        force: "police" | "grid";
                        routeId: string | null;
                        routeName: string | null;
                        startedAt: string;
                        endedAt: string | null;
                        replayed?: boolean;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiFieldPatrolsByIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    endedAt: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        /** @enum {string} */
                        force: "police" | "grid";
                        routeId: string | null;
                        routeName: string | null;
                        startedAt: string;
                        endedAt: string | null;
                        replayed?: boolean;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiFieldPatrolsCurrent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        patrol: {
                            id: string;
                            username: string;
                            /** @enum {string} */
                            force: "police" | "grid";
                            routeId: string | null;
                            routeName: string | null;
                            startedAt: string;
                            endedAt: string | null;
                            replayed?: boolean;
                        } | null;
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiFieldPings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    patrolId: string;
                    pings: {
                        /** Format: date-time */
                        at: string;
                        position: [
                            number,
                            number
                        ];
                        accuracyM: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stored: number;
                        alreadyStored: number;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiFieldCheckIns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    patrolId?: string;
                    /** @enum {string} */
                    method: "geofence" | "qr";
                    keyPlaceCode?: string;
                    stopIndex?: number;
                    qrPayload?: string;
                    /** Format: date-time */
                    at: string;
                    position?: [
                        number,
                        number
                    ];
                    accuracyM?: number;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "geofence" | "qr";
                        placeName: string;
                        at: string;
                        distanceM: number | null;
                        replayed?: boolean;
                    };
                };
            };
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        method: "geofence" | "qr";
                        placeName: string;
                        at: string;
                        distanceM: number | null;
                        replayed?: boolean;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiFieldReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "dispute" | "registry" | "incident_lead" | "other";
                        text: string;
                        createdAt: string;
                        place: string | null;
                        photoCount: number;
                        voiceMime?: ("audio/webm" | "audio/ogg" | "audio/mp4" | "audio/aac" | "audio/mpeg") | null;
                        /** @enum {string} */
                        status: "received" | "handled" | "dismissed";
                        handledAs: string | null;
                        handlingNote: string | null;
                        handledAt: string | null;
                        replayed?: boolean;
                        senderName: string;
                        gridCode: string | null;
                        position: [
                            number,
                            number
                        ] | null;
                        handledRef: string | null;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiFieldReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    category: "dispute" | "registry" | "incident_lead" | "other";
                    text: string;
                    /** Format: date-time */
                    createdAt: string;
                    position?: [
                        number,
                        number
                    ];
                    /** @default [] */
                    photos?: string[];
                    /** Format: base64 */
                    voice?: string;
                    /** @enum {string} */
                    voiceMime?: "audio/webm" | "audio/ogg" | "audio/mp4" | "audio/aac" | "audio/mpeg";
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "dispute" | "registry" | "incident_lead" | "other";
                        text: string;
                        createdAt: string;
                        place: string | null;
                        photoCount: number;
                        voiceMime?: ("audio/webm" | "audio/ogg" | "audio/mp4" | "audio/aac" | "audio/mpeg") | null;
                        /** @enum {string} */
                        status: "received" | "handled" | "dismissed";
                        handledAs: string | null;
                        handlingNote: string | null;
                        handledAt: string | null;
                        replayed?: boolean;
                    };
                };
            };
            /** @description 已创建 / created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "dispute" | "registry" | "incident_lead" | "other";
                        text: string;
                        createdAt: string;
                        place: string | null;
                        photoCount: number;
                        voiceMime?: ("audio/webm" | "audio/ogg" | "audio/mp4" | "audio/aac" | "audio/mpeg") | null;
                        /** @enum {string} */
                        status: "received" | "handled" | "dismissed";
                        handledAs: string | null;
                        handlingNote: string | null;
                        handledAt: string | null;
                        replayed?: boolean;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 请求体过大 / payload too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiFieldReportsMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "dispute" | "registry" | "incident_lead" | "other";
                        text: string;
                        createdAt: string;
                        place: string | null;
                        photoCount: number;
                        voiceMime?: ("audio/webm" | "audio/ogg" | "audio/mp4" | "audio/aac" | "audio/mpeg") | null;
                        /** @enum {string} */
                        status: "received" | "handled" | "dismissed";
                        handledAs: string | null;
                        handlingNote: string | null;
                        handledAt: string | null;
                        replayed?: boolean;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    postApiFieldReportsByIdHandle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    as: "dispute" | "registry" | "incident_lead" | "dismissed";
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        category: "dispute" | "registry" | "incident_lead" | "other";
                        text: string;
                        createdAt: string;
                        place: string | null;
                        photoCount: number;
                        voiceMime?: ("audio/webm" | "audio/ogg" | "audio/mp4" | "audio/aac" | "audio/mpeg") | null;
                        /** @enum {string} */
                        status: "received" | "handled" | "dismissed";
                        handledAs: string | null;
                        handlingNote: string | null;
                        handledAt: string | null;
                        replayed?: boolean;
                        senderName: string;
                        gridCode: string | null;
                        position: [
                            number,
                            number
                        ] | null;
                        handledRef: string | null;
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 状态冲突 / conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 无法处理 / unprocessable */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiFieldReportsByIdPhotosByN: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 照片 / the photo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": unknown;
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiFieldReportsByIdVoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 语音 / the voice note, its type in Content-Type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/webm": unknown;
                    "audio/ogg": unknown;
                    "audio/mp4": unknown;
                    "audio/aac": unknown;
                    "audio/mpeg": unknown;
                };
            };
            /** @description 部分内容 / partial content. 语音的一段 / a byte range of it */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/webm": unknown;
                    "audio/ogg": unknown;
                    "audio/mp4": unknown;
                    "audio/aac": unknown;
                    "audio/mpeg": unknown;
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 范围无法满足 / range not satisfiable */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiFieldToday: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        demo?: boolean;
                        routes: {
                            id: string;
                            name: string;
                            assignedName: string;
                            window: {
                                start: string;
                                end: string;
                            };
                            plannedEnd?: string;
                            stops: {
                                index: number;
                                name: string;
                                keyPlaceCode: string | null;
                                position: [
                                    number,
                                    number
                                ] | null;
                                arrival: string | null;
                                departure: string | null;
                            }[];
                        }[];
                        tasks: {
                            id: string;
                            place: string;
                            note: string;
                            dueOn: string;
                            overdue: boolean;
                            buildingCode?: string | null;
                        }[];
                        buildingsToVerify: {
                            code: string;
                            place: string;
                            verifiedAt: string | null;
                            position?: [
                                number,
                                number
                            ] | null;
                        }[];
                        disputes: {
                            code: string;
                            summary: string;
                            status: string;
                            place: string;
                            dueAt: string | null;
                        }[];
                        measures?: {
                            openDisputes: number;
                            overdueChecks: number;
                        };
                        meetings: {
                            id: string;
                            kind: string;
                            topic: string;
                            place: string;
                        }[];
                        keyPlaces?: {
                            code: string;
                            name: string;
                            position: [
                                number,
                                number
                            ];
                        }[];
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiFieldPositions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        patrolId: string;
                        name: string;
                        /** @enum {string} */
                        force: "police" | "grid";
                        position: [
                            number,
                            number
                        ];
                        at: string;
                        accuracyM: number;
                        place: string | null;
                    }[];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiBasemap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "builtin" | "xyz" | "mbtiles" | "pmtiles" | "wmts";
                        /** @enum {string} */
                        crs: "wgs84" | "cgcs2000" | "gcj02";
                        name: string;
                        tileType: ("raster" | "vector") | null;
                        format: ("png" | "jpg" | "webp" | "pbf") | null;
                        tiles: string[];
                        labelTiles: string[];
                        pmtilesUrl: string | null;
                        tileSize: 256 | 512;
                        minzoom: number;
                        maxzoom: number;
                        bounds: [
                            number,
                            number,
                            number,
                            number
                        ] | null;
                        attribution: string;
                        vectorSchema: ("openmaptiles" | "protomaps") | null;
                        vectorLayers: string[];
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiAdminBasemap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        description: {
                            /** @enum {string} */
                            kind: "builtin" | "xyz" | "mbtiles" | "pmtiles" | "wmts";
                            /** @enum {string} */
                            crs: "wgs84" | "cgcs2000" | "gcj02";
                            name: string;
                            tileType: ("raster" | "vector") | null;
                            format: ("png" | "jpg" | "webp" | "pbf") | null;
                            tiles: string[];
                            labelTiles: string[];
                            pmtilesUrl: string | null;
                            tileSize: 256 | 512;
                            minzoom: number;
                            maxzoom: number;
                            bounds: [
                                number,
                                number,
                                number,
                                number
                            ] | null;
                            attribution: string;
                            vectorSchema: ("openmaptiles" | "protomaps") | null;
                            vectorLayers: string[];
                        };
                        settings: {
                            /** @enum {string} */
                            kind: "builtin" | "xyz" | "mbtiles" | "pmtiles" | "wmts";
                            path?: string;
                            /** Format: uri */
                            url?: string;
                            /** Format: uri */
                            labelUrl?: string;
                            token?: string;
                            /**
                             * @default wgs84
                             * @enum {string}
                             */
                            crs: "wgs84" | "cgcs2000" | "gcj02";
                            attribution?: string;
                        };
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    putApiAdminBasemap: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "builtin" | "xyz" | "mbtiles" | "pmtiles" | "wmts";
                    path?: string;
                    /** Format: uri */
                    url?: string;
                    /** Format: uri */
                    labelUrl?: string;
                    token?: string;
                    /**
                     * @default wgs84
                     * @enum {string}
                     */
                    crs?: "wgs84" | "cgcs2000" | "gcj02";
                    attribution?: string;
                };
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "builtin" | "xyz" | "mbtiles" | "pmtiles" | "wmts";
                        /** @enum {string} */
                        crs: "wgs84" | "cgcs2000" | "gcj02";
                        name: string;
                        tileType: ("raster" | "vector") | null;
                        format: ("png" | "jpg" | "webp" | "pbf") | null;
                        tiles: string[];
                        labelTiles: string[];
                        pmtilesUrl: string | null;
                        tileSize: 256 | 512;
                        minzoom: number;
                        maxzoom: number;
                        bounds: [
                            number,
                            number,
                            number,
                            number
                        ] | null;
                        attribution: string;
                        vectorSchema: ("openmaptiles" | "protomaps") | null;
                        vectorLayers: string[];
                    };
                };
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getApiOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        info: {
                            title: string;
                            version: string;
                        } & {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 未登录 / not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 角色无权调用 / role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getBasemapTilesByZByXByY: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                z: string;
                x: string;
                y: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 矢量或栅格瓦片，按包的格式 / a vector or raster tile, as the package holds it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-protobuf": unknown;
                    "image/png": unknown;
                    "image/jpeg": unknown;
                    "image/webp": unknown;
                };
            };
            /** @description 无内容 / no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 上游服务失败 / bad gateway */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getBasemapLabelsByZByXByY: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                z: string;
                x: string;
                y: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 注记层瓦片 / a label-layer tile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-protobuf": unknown;
                    "image/png": unknown;
                    "image/jpeg": unknown;
                    "image/webp": unknown;
                };
            };
            /** @description 无内容 / no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求有误 / bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 上游服务失败 / bad gateway */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getBasemapPackagePmtiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK. 整个文件 / the whole file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.pmtiles": unknown;
                };
            };
            /** @description 部分内容 / partial content. 所请求的字节范围 / the range asked for */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.pmtiles": unknown;
                };
            };
            /** @description 未修改 / not modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 不存在或不在辖区内 / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 范围无法满足 / range not satisfiable */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description 数据库暂不可用，请按 Retry-After 重试 / the database is unavailable: retry after Retry-After */
            503: {
                headers: {
                    /** @description 秒 / seconds */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
}
