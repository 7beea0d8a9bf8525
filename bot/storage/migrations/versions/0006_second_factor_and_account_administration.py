"""second factor and account administration

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 08:20:25.834318
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ombud_recovery_codes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('ombud_id', sa.Integer(), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('used_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['ombud_id'], ['ombuds.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code_hash')
    )
    with op.batch_alter_table('ombud_recovery_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ombud_recovery_codes_ombud_id'), ['ombud_id'], unique=False)

    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=10), server_default='view', nullable=False))
        batch_op.alter_column('client_id',
               existing_type=sa.VARCHAR(length=32),
               nullable=True)
        batch_op.alter_column('what',
               existing_type=sa.VARCHAR(length=80),
               type_=sa.String(length=200),
               existing_nullable=False)

    with op.batch_alter_table('ombud_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('second_factor_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('ombuds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totp_secret', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('totp_last_step', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('disabled_at', sa.DateTime(timezone=True), nullable=True))



def downgrade() -> None:
    op.execute("DELETE FROM access_log WHERE kind = 'admin'")  # they have no client, which 0005 requires
    with op.batch_alter_table('ombuds', schema=None) as batch_op:
        batch_op.drop_column('disabled_at')
        batch_op.drop_column('totp_last_step')
        batch_op.drop_column('totp_secret')

    with op.batch_alter_table('ombud_sessions', schema=None) as batch_op:
        batch_op.drop_column('second_factor_at')

    with op.batch_alter_table('access_log', schema=None) as batch_op:
        batch_op.alter_column('what',
               existing_type=sa.String(length=200),
               type_=sa.VARCHAR(length=80),
               existing_nullable=False)
        batch_op.alter_column('client_id',
               existing_type=sa.VARCHAR(length=32),
               nullable=False)
        batch_op.drop_column('kind')

    with op.batch_alter_table('ombud_recovery_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ombud_recovery_codes_ombud_id'))

    op.drop_table('ombud_recovery_codes')
