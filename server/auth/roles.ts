// The role groups are shared with the client (which hides what the server would refuse).
export * from '../../core/contracts/role-groups';
