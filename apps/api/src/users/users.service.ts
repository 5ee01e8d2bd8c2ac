import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  createUserSchema,
  listUsersQuerySchema,
  Page,
  StaffMember,
  staffQuerySchema,
  updateUserSchema,
  User,
} from '@multaqa/contract';
import { STAFF_LIST_LIMIT, STAFF_ROLES } from '@multaqa/contract';
import { Brackets, Repository } from 'typeorm';
import type { z } from 'zod';
import { conflict, notFound } from '../common/errors/domain.exception.js';
import { escapeLike } from '../common/sql.js';
import { AuthSessionEntity } from '../auth/auth-session.entity.js';
import { assertStrongPassword } from './password-strength.js';
import { hashPassword } from './passwords.js';
import { UserEntity } from './user.entity.js';

export function toUserDto(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    roles: user.roles,
    preferredLanguage: user.preferredLanguage,
    isActive: user.isActive,
    createdAt: user.createdAt.toISOString(),
  };
}

const SORT_COLUMNS = {
  fullName: 'u.full_name',
  email: 'u.email',
  createdAt: 'u.created_at',
} as const;

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async list(query: z.output<typeof listUsersQuerySchema>): Promise<Page<User>> {
    const qb = this.users.createQueryBuilder('u');
    if (query.q) {
      const like = `%${escapeLike(query.q)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where('u.full_name ILIKE :like', { like }).orWhere('u.email ILIKE :like', { like }),
        ),
      );
    }
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    const [rows, total] = await qb
      .orderBy(SORT_COLUMNS[query.sort], query.order === 'asc' ? 'ASC' : 'DESC')
      .addOrderBy('u.id')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUserDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** Active staff by name, for pickers; a centre's staff fits in one list. */
  async staff(query: z.output<typeof staffQuerySchema>): Promise<StaffMember[]> {
    const qb = this.users
      .createQueryBuilder('u')
      .where('u.is_active')
      .andWhere('u.roles && :staff::text[]', {
        staff: query.role ? [query.role] : [...STAFF_ROLES],
      });
    if (query.q) qb.andWhere('u.full_name ILIKE :like', { like: `%${escapeLike(query.q)}%` });
    const rows = await qb
      .orderBy('u.full_name')
      .addOrderBy('u.id')
      .take(STAFF_LIST_LIMIT)
      .getMany();
    return rows.map((u) => ({ id: u.id, fullName: u.fullName, roles: u.roles }));
  }

  async create(input: z.output<typeof createUserSchema>): Promise<User> {
    await assertStrongPassword(input.password, [input.email, input.fullName]);
    const passwordHash = await hashPassword(input.password);
    // ON CONFLICT rather than check-then-insert: two admins creating the same email at once
    // get one user and one clear 409.
    const inserted = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        email: input.email,
        fullName: input.fullName,
        roles: input.roles,
        preferredLanguage: input.preferredLanguage,
        passwordHash,
      })
      .orIgnore()
      .returning('id')
      // In a transaction of its own, so the audit knows which admin created the account.
      .useTransaction(true)
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) throw conflict('email_taken', { email: input.email });
    return toUserDto(await this.users.findOneByOrFail({ id }));
  }

  async update(id: string, input: z.output<typeof updateUserSchema>): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('user');
    const { password, ...fields } = input;
    Object.assign(user, fields);
    if (!password) return toUserDto(await this.users.save(user));
    await assertStrongPassword(password, [user.email, user.fullName]);
    user.passwordHash = await hashPassword(password);
    // A password set by an admin (e.g. after a lost laptop) signs the user out everywhere.
    return this.users.manager.transaction(async (tx) => {
      const saved = await tx.getRepository(UserEntity).save(user);
      await tx.getRepository(AuthSessionEntity).delete({ userId: id });
      return toUserDto(saved);
    });
  }
}
