import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  StreamableFile,
  UseInterceptors,
  UploadedFile,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CERTIFICATE_ASSET_MAX_BYTES,
  certificateAssetSchema,
  certificatePreviewSchema,
  certificateTemplateInputSchema,
  certificateTemplateListSchema,
  certificateTemplateSchema,
  type Language,
  updateCertificateTemplateSchema,
} from '@multaqa/contract';
import type { z } from 'zod';
import { Roles } from '../common/auth/access.decorators.js';
import { CurrentUser, type SessionUser } from '../common/auth/current-user.js';
import { PDF_TYPE } from '../common/http/download.js';
import { RequestLanguage } from '../common/i18n/request-language.js';
import { IdParam, ZodBody, ZodResponse } from '../common/validation/decorators.js';
import { CertificateTemplatesService } from './templates.service.js';

/** Certificate designs: admins write them; coordinators read them (to pick one for a rule). */
@ApiTags('certificates')
@Controller('certificate-templates')
export class CertificateTemplatesController {
  constructor(private readonly templates: CertificateTemplatesService) {}

  @ApiOperation({ summary: 'List the certificate templates (archived ones included, flagged).' })
  @Get()
  @Roles('admin', 'coordinator')
  @ZodResponse(200, certificateTemplateListSchema)
  list() {
    return this.templates.list();
  }

  @ApiOperation({ summary: 'Create a certificate template.' })
  @Post()
  @Roles('admin')
  @ZodResponse(201, certificateTemplateSchema)
  create(
    @ZodBody(certificateTemplateInputSchema)
    body: z.output<typeof certificateTemplateInputSchema>,
  ) {
    return this.templates.create(body);
  }

  @ApiOperation({
    summary:
      'Draw a design as it stands in the editor (saved or not) as a PDF, with a real participant of the event when one is given, else sample data.',
  })
  @Post('preview')
  @HttpCode(200)
  @Roles('admin', 'coordinator')
  @ApiProduces(PDF_TYPE)
  @ZodResponse(200)
  async preview(
    @ZodBody(certificatePreviewSchema) body: z.output<typeof certificatePreviewSchema>,
    @CurrentUser() user: SessionUser,
    @RequestLanguage() language: Language,
  ) {
    const pdf = await this.templates.preview(body, user, language);
    return new StreamableFile(pdf, {
      type: PDF_TYPE,
      disposition: 'inline; filename="preview.pdf"',
    });
  }

  @ApiOperation({ summary: 'Read one certificate template.' })
  @Get(':id')
  @Roles('admin', 'coordinator')
  @ZodResponse(200, certificateTemplateSchema)
  get(@IdParam('certificate_template') id: string) {
    return this.templates.get(id);
  }

  @ApiOperation({ summary: 'Change a certificate template, or archive it (archived: true).' })
  @Patch(':id')
  @Roles('admin')
  @ZodResponse(200, certificateTemplateSchema)
  update(
    @IdParam('certificate_template') id: string,
    @ZodBody(updateCertificateTemplateSchema)
    body: z.output<typeof updateCertificateTemplateSchema>,
  ) {
    return this.templates.update(id, body);
  }

  @ApiOperation({
    summary: 'Delete a template no certificate and no rule uses (409: archive it instead).',
  })
  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ZodResponse(204)
  async remove(@IdParam('certificate_template') id: string) {
    await this.templates.remove(id);
  }
}

/** Images for templates: PNG or JPEG, 2 MB at most, checked by their bytes. */
@ApiTags('certificates')
@Controller('certificate-assets')
export class CertificateAssetsController {
  constructor(private readonly templates: CertificateTemplatesService) {}

  @ApiOperation({ summary: 'Upload an image (background, logo, seal, signature) for templates.' })
  @Post()
  @Roles('admin')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @UseInterceptors(
    FileInterceptor('file', {
      // One byte past the limit is enough to know it is too large (the service answers 422).
      limits: { fileSize: CERTIFICATE_ASSET_MAX_BYTES + 1, files: 1, fields: 0, parts: 2 },
    }),
  )
  @ZodResponse(201, certificateAssetSchema)
  upload(@UploadedFile() file: { buffer: Buffer } | undefined, @CurrentUser() user: SessionUser) {
    return this.templates.upload(file?.buffer ?? null, user);
  }

  @ApiOperation({ summary: 'The image itself (PNG or JPEG).' })
  @Get(':id')
  @Roles('admin', 'coordinator', 'trainer')
  @ApiProduces('image/png', 'image/jpeg')
  @ZodResponse(200)
  async get(@IdParam('certificate_asset') id: string) {
    const { bytes, contentType } = await this.templates.assetFile(id);
    return new StreamableFile(bytes, {
      type: contentType,
      disposition: 'inline',
    });
  }
}
